# BuildKit's testStageName: from lower, AS upper.
# want "'AS' and 'from' keywords' casing do not match"
from scratch AS base
from scratch as base2
run echo

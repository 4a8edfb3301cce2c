# BuildKit's testStageName: FROM upper, as lower.
FROM scratch AS base
# want "'as' and 'FROM' keywords' casing do not match"
FROM scratch as base2
# Mixed-case keywords are consistent-instruction-casing's.
From scratch as base3
FROM scratch AS base4

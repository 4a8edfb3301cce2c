# Opt-in: without enable, nothing.
# a non-descriptive comment
FROM scratch AS base

FROM alpine:3.22 AS base
# check=skip=StageNameCasing
FROM base AS Final

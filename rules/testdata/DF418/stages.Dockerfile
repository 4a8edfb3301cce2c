# BuildKit's testAllTargetUnmarshal: every stage is checked.
FROM scratch AS first
# want "Usage of undefined variable '\\$foo'"
COPY $foo .

FROM scratch AS second
# want "Usage of undefined variable '\\$bar'"
COPY $bar .

# An ARG and an ENV of the parent stage are in scope.
FROM alpine:3.22 AS base
ARG foo=Dockerfile
ENV bar=x
FROM base
COPY $foo $bar /

FROM scratch
ARG foo
COPY Dockerfile${foo} .

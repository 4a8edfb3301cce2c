# test: unsafe-fixes
FROM alpine:3.22
# `LABEL key = "v"` stores '= "v"': the meant rewrite changes the value, unsafe.
# want "today maintainer's value is \"= \\\\\"Jane Doe\\\\\"\", '=' included"
LABEL maintainer = "Jane Doe"
# want "today VERSION's value is \"=1.2\""
ENV VERSION =1.2

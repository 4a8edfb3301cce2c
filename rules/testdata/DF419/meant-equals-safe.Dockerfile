# Without --unsafe-fixes the meant rewrite is not applied.
FROM alpine:3.22
# want "today maintainer's value is"
LABEL maintainer = "Jane Doe"

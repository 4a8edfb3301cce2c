# The file is mostly upper case: a lower-case from goes up with its as.
# want "'AS' and 'from' keywords' casing do not match"
from alpine:3.22 AS build
RUN echo
COPY a b
FROM scratch
COPY --from=build /a /a

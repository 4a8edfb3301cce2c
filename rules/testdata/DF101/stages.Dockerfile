# test: unsafe-fixes
# Stage references are never bumped; registries with ports are parsed.
# want "bump to python:3.14"
FROM python:3.9 AS base
FROM base AS test
RUN python -m pytest
FROM localhost:5000/python:3.9
COPY --from=test /app /app

# test: date=2026-09-01
ARG BASE=python
# want "python \\(\\$\\{BASE\\} by default\\) has no tag"
FROM ${BASE}

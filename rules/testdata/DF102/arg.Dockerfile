ARG BASE=python
# want "python has no tag"
FROM ${BASE}

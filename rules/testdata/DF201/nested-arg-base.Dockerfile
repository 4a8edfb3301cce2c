# The base image is named by a global ARG whose default reads the ARGs
# before it, as jupyter/docker-stacks does: BuildKit expands it to
# quay.io/jupyter/scipy-notebook, which runs as jovyan. No finding.
ARG REGISTRY=quay.io
ARG OWNER=jupyter
ARG BASE_IMAGE=$REGISTRY/$OWNER/scipy-notebook
FROM $BASE_IMAGE:2026-11-30
RUN pip install --no-cache-dir torch

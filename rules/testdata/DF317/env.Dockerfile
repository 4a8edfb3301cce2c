FROM python:3.13-slim AS base
ENV PIP_NO_CACHE_DIR=1
RUN pip install flask

FROM base
RUN pip install gunicorn

FROM python:3.13-slim
ARG PIP_NO_CACHE_DIR=yes
RUN pip install click
ENV PIP_NO_CACHE_DIR=0
# want "pip install without --no-cache-dir"
RUN pip install attrs

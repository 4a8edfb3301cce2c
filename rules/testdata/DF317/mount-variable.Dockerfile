FROM python:3.13-slim-trixie
# BuildKit expands the build's variables in a mount's target.
ARG PIP_CACHE=/root/.cache/pip
RUN --mount=type=cache,target=$PIP_CACHE pip install flask
RUN --mount=type=cache,target=${PIP_CACHE} pip install requests
# want "pip install without --no-cache-dir"
RUN --mount=type=cache,target=$UNSET pip install rich
USER 1000

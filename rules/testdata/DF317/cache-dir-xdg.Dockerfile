FROM python:3.13-slim-trixie
# XDG_CACHE_HOME moves it to $XDG_CACHE_HOME/pip.
ENV XDG_CACHE_HOME=/cache
RUN --mount=type=cache,target=/cache pip install flask
# want "in /cache/pip \\(XDG_CACHE_HOME\\) in the layer"
RUN pip install requests
USER 1000

# The official python image installs its own pip, whatever Debian release
# it is built on: safe.
FROM python:3.5-jessie
# want "pip install without --no-cache-dir keeps the downloaded packages in ~/.cache/pip in the layer$"
RUN pip install flask
USER 1000

# An explicit USER root still fires on a scratch package.
FROM scratch
COPY app /app
# want "the container runs as root: the last USER is root"
USER root

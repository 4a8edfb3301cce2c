# test: unsafe-fixes
# Programs on a PATH the image sets: meant to be run (docker run img tomll),
# though it names no ENTRYPOINT, so it fires.
# want "a scratch image runs as UID 0"
FROM scratch
ENV PATH=/bin
COPY tomll /bin/tomll

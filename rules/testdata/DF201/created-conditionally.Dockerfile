# test: unsafe-fixes
# The user exists only when the build passes a UID other than 0: the
# default build (UID=0) skips its creation and runs as root on purpose, so
# there is no fix at all, not even an unsafe one.
# want "app is created on line 8 only if \\[ \"\\$UID\" != 0 \\], which the default build skips: no fix offered"
FROM debian:trixie-slim
ARG UID=0
RUN if [ "$UID" != 0 ]; then useradd --system --uid "$UID" app; fi
CMD ["run"]

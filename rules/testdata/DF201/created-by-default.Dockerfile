# test: unsafe-fixes
# The default build meets the condition and creates app, but a build with
# UID=0 would not: the switch is unsafe.
# want "no USER in the final stage"
FROM debian:trixie-slim
ARG UID=1000
RUN if [ "$UID" != 0 ]; then useradd -u "$UID" app; fi
CMD ["run"]

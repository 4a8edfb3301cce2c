# test: unsafe-fixes
# The user exists only when the build passes a UID: switching to it is
# unsafe (the default build has no such user).
# want "no USER in the final stage"
FROM debian:trixie-slim
ARG UID=0
RUN if [ "$UID" != 0 ]; then useradd --system --uid "$UID" app; fi
CMD ["run"]

# test: unsafe-fixes
# USER $UID:$GID with UID=0 is root, on purpose: the user exists only for
# a build that passes a UID. No fix, and the message shows the values.
FROM debian:trixie-slim
ARG UID=0
ARG GID=0
RUN if [ $UID -ne 0 ]; then groupadd -g $GID app && useradd -u $UID -g $GID app; fi
# want "the last USER is 0:0 \\(USER \\$UID:\\$GID with UID=0, GID=0\\); app is created on line 7 only if \\[ \\$UID -ne 0 \\], which the default build skips: no fix offered"
USER $UID:$GID
CMD ["run"]

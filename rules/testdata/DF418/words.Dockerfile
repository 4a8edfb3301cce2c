FROM scratch
ARG UID=1000
# The words BuildKit expands: COPY's flags and heredocs, RUN --mount, USER, VOLUME, STOPSIGNAL, LABEL.
# want "'\\$GID'"
COPY --chown=$UID:$GID a /a
# want "'\\$NAME'"
COPY <<EOT /greeting
hello $NAME
EOT
COPY <<'EOT' /literal
hello $NOT_EXPANDED
EOT
# want "'\\$CACHE_ID'"
RUN --mount=type=cache,id=$CACHE_ID,target=/cache true
# want "'\\$USERNAME'"
USER $USERNAME
# want "'\\$DATA'"
VOLUME $DATA
# want "'\\$SIG'"
STOPSIGNAL $SIG
# want "'\\$V'"
LABEL version=$V
# Not BuildKit's to expand: CMD, ENTRYPOINT, EXPOSE.
CMD echo $X
EXPOSE $PORT
ARG BUILDKIT_SBOM_SCAN_STAGE
LABEL sbom=$BUILDKIT_SBOM_SCAN_CONTEXT

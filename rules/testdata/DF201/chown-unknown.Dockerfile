# test: unsafe-fixes
# The files go to a user the build arguments name: no fix can name it.
# want "the file points at \\$\\{APP_USER\\}:\\$\\{APP_USER\\} \\(the owner COPY --chown gives files to on line 6\\), which the build arguments set: no fix offered"
FROM debian:trixie-slim
ARG APP_USER
COPY --chown=${APP_USER}:${APP_USER} app /app
CMD ["/app/run"]

# Each branch of the if creates app, with one UID or the other: the user
# exists whichever runs, as in osixia/openldap's RUN (-u 911, or the UID a
# build argument gives).
# test: unsafe-fixes
# want "the container runs as root: no USER in the final stage \\(python:3.13-slim runs as root by default\\)"
FROM python:3.13-slim
ARG APP_UID
RUN if [ -z "${APP_UID}" ]; then useradd -u 911 -r app; else useradd -r -u "${APP_UID}" app; fi
COPY --chown=app:app . /app
CMD ["python", "-m", "app"]

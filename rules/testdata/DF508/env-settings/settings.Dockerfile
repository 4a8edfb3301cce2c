# An environment file is read when it can be: concourse's .env, which sets
# DOCKERFILE=Dockerfile and nothing a secret goes by (a password left
# empty, a token read from the environment), holds none. A URL with a
# password in it is a secret whatever its variable's name.
FROM python:3.13-slim
WORKDIR /app
COPY .env ./
# want "COPY app copies app/.env \\(an environment file, where secrets usually live\\) into the image"
COPY app/ ./
USER 1000
CMD ["python", "-m", "app"]

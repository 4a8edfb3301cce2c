FROM python:3.13-slim-trixie
WORKDIR /app
USER 1000
# A shell-form command run with exec: the shell gives way to the program,
# which gets the signals (Cloud Run's samples). Info; BuildKit still asks
# for the JSON form, which would not expand $PORT: no fix.
# want "CMD uses the shell form; its exec makes the program the main process, so signals reach it, but the image needs /bin/sh to start it \\(it uses shell features"
CMD exec gunicorn --bind :$PORT --workers 1 --threads 8 --timeout 0 main:app

FROM python:3.13-slim-trixie AS plain
WORKDIR /app
USER 1000
# Without shell features, the JSON form does the same without a shell.
# want "its exec makes the program the main process"
CMD exec gunicorn --bind :8080 main:app

FROM eclipse-temurin:21-jre-noble AS entry
USER 1000
# An ENTRYPOINT in the shell form also ignores docker run's arguments.
# want "ENTRYPOINT uses the shell form; its exec makes the program the main process, so signals reach it, but the image needs /bin/sh to start it, and it ignores the arguments of docker run and a CMD \\(it uses shell features"
ENTRYPOINT exec java $JAVA_OPTS -jar /app.jar

# USER with a variable takes the default the Dockerfile gives it.
FROM debian:trixie-slim
RUN useradd -m app
ARG BUILDER=root
USER ${BUILDER}
# want "sudo is unnecessary"
RUN sudo apt-get update
ENV RUNNER=app
USER $RUNNER
# want "which runs as user \"app\""
RUN sudo touch /x

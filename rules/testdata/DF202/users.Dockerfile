ARG BASE_IMAGE
FROM debian:trixie-slim AS base
RUN useradd -m app
USER app
# want "which runs as user \"app\": run the privileged steps under USER root"
RUN sudo apt-get update

FROM base AS a
# want "which runs as user \"app\""
RUN sudo touch /x
USER root
# want "sudo is unnecessary"
RUN sudo touch /y
USER app

FROM a
# want "which runs as user \"app\""
RUN sudo touch /z
USER 0:0
# want "sudo is unnecessary"
RUN sudo touch /w
USER root:root
# want "sudo is unnecessary"
RUN sudo touch /w2
USER "0"
# want "sudo is unnecessary"
RUN sudo touch /w3
USER root:staff
# want "which runs as user \"root:staff\""
RUN sudo touch /w4
USER ${RUNTIME_USER}
# want "whose user is unknown \\(USER \\$\\{RUNTIME_USER\\}\\)"
RUN sudo touch /v

FROM base AS b
USER 0
# want "sudo is unnecessary"
RUN sudo touch /b

FROM b
# want "sudo is unnecessary"
RUN sudo touch /c

FROM ${BASE_IMAGE}
# want "whose user is unknown \\(base image \\$\\{BASE_IMAGE\\}\\)"
RUN sudo touch /d

FROM gitpod/workspace-full:2025-01-01
# want "which runs as user \"gitpod\" \\(from gitpod/workspace-full"
RUN sudo apt-get update
USER root
# want "sudo is unnecessary"
RUN sudo apt-get install -y jq
USER gitpod

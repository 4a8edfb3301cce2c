# Without --unsafe-fixes, sudo stays under an image of unknown user.
FROM registry.example.com/team/ci-base:3
# want "sudo is unnecessary if this RUN runs as root"
RUN sudo apt-get update
USER root
# want "sudo is unnecessary: this RUN already runs as root$"
RUN sudo apt-get install -y --no-install-recommends jq

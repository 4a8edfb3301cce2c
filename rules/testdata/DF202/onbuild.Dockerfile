FROM debian:trixie-slim
# ONBUILD runs in child builds, whose user is unknown: finding only.
# want "sudo in RUN, whose user is unknown \\(ONBUILD"
ONBUILD RUN sudo apt-get update
ONBUILD RUN ["sudo", "true"]

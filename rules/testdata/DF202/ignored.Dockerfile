FROM debian:trixie-slim
# hadolint ignore=DL3004
RUN sudo apt-get update
# dockerfix ignore=sudo -- the base image is configured elsewhere
RUN sudo true
# hadolint ignore=DS-0010
RUN sudo ls

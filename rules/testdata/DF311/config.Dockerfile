FROM debian:trixie-slim AS base
# apt reads its answer from a configuration file an earlier step wrote.
RUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90assumeyes
RUN apt-get update && apt-get install curl

FROM base
RUN apt-get update && apt-get install git

FROM rockylinux:9
RUN echo "assumeyes=1" >> /etc/dnf/dnf.conf && dnf install git

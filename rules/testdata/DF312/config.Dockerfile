FROM debian:trixie-slim AS base
RUN printf 'APT::Install-Recommends "0";\nAPT::Install-Suggests "0";\n' > /etc/apt/apt.conf.d/01norecommends
FROM base
RUN apt-get update && apt-get install -y curl

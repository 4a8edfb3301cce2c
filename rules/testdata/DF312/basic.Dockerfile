FROM debian:trixie-slim AS unused
# A build stage the image does not contain: its extra packages ship nowhere.
RUN apt-get update && apt-get install -y gcc

FROM debian:trixie-slim
# want "apt-get install without --no-install-recommends also installs the packages these recommend \\(needs review"
RUN apt-get update && apt-get install -y curl
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN apt-get update && apt-get -o APT::Install-Recommends=false install -y curl
RUN apt-get update && apt-get install -y --option=APT::Install-Recommends=0 curl
# Nothing named: nothing recommended.
RUN apt-get install -y -f
# want "apt install without --no-install-recommends"
RUN apt update && apt install -y git
# aptitude names it -R (--without-recommends).
RUN aptitude install -y vim

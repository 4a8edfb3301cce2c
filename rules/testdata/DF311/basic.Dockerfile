FROM debian:trixie-slim
# want "apt-get install without -y may stop at a confirmation prompt"
RUN apt-get update && apt-get install --no-install-recommends curl
# want "apt-get upgrade without -y"
RUN apt-get update && apt-get upgrade
# Answered: -y in any place or spelling, quiet level 2, or the option.
RUN apt-get update && apt-get install -y curl && apt-get -y install git && apt-get --yes install jq
RUN apt-get update && apt-get install -yq curl && apt-get --assume-yes install git
RUN apt-get update && apt-get install -qq curl && apt-get -q -q install git && apt-get install -q=2 jq
RUN apt-get update && apt-get --quiet --quiet install curl && apt-get --quiet=2 install git
RUN apt-get update && apt-get -o APT::Get::Assume-Yes=true install curl
# want "apt-get install without -y"
RUN apt-get update && apt-get install -q curl
# want "apt-get install without -y"
RUN apt-get update && apt-get install --quiet curl
# Subcommands that do not ask.
RUN apt-get update && apt-get source curl && apt-get clean && apt-get check
# want "apt install without -y"
RUN apt update && apt install curl
# want "apt-get remove without -y" "apt-get autoremove without -y"
RUN apt-get remove curl && apt-get autoremove
# want "apt-get install without -y"
RUN sudo DEBIAN_FRONTEND=noninteractive apt-get install curl
# want "aptitude install without -y"
RUN aptitude install vim
# A simulation asks nothing (postgres' image checks that a package exists).
RUN if apt-get install -s "postgresql-18-jit" > /dev/null 2>&1; then apt-get install -y postgresql-18-jit; fi
RUN apt-get --simulate upgrade && apt-get install --dry-run curl

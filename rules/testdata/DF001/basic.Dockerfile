FROM debian:trixie-slim
# want "unused ignore: DF401 suppresses nothing"
# dockerfix ignore=DF401 -- nothing to ignore here
RUN true
# dockerfix ignore=DF401 -- used
MAINTAINER Jane Doe
# want "unused ignore: DF999 \\(unknown rule\\)"
# dockerfix ignore=maintainer,DF999
MAINTAINER Jane Doe

# hadolint and BuildKit pragmas serve other tools: never reported.
# hadolint ignore=DL3008
RUN apt-get install -y curl
# want "no instruction after it"
# dockerfix ignore=DF401

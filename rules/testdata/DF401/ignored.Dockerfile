FROM debian:trixie-slim
# hadolint ignore=DL4000
MAINTAINER Jane Doe
# dockerfix ignore=maintainer -- kept for an old tool
MAINTAINER Jane Doe

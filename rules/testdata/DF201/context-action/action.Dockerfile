# The Dockerfile of a GitHub Docker container action (action.yml beside it
# names it): GitHub runs it as root and a USER would cut it off from
# GITHUB_WORKSPACE, so DF201 does not judge it.
FROM alpine:3.24
RUN apk add --no-cache git
COPY entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]

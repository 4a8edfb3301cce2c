# test: unsafe-fixes
# sudo sets HOME back to /root: where an ENV moved it, pip's cache and
# git config --global land elsewhere without sudo.
FROM debian:trixie-slim AS moved
ENV HOME=/app
# want "needs review: sudo sets HOME back to /root, so without it what the command keeps under ~ lands in the HOME the ENV on line 5 sets"
RUN sudo git config --global user.name builder

# HOME=/root moves nothing: safe.
FROM debian:trixie-slim
ENV HOME=/root
# want "sudo is unnecessary: this RUN already runs as root$"
RUN sudo git config --global user.name builder
USER 1000

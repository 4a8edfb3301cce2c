# test: unsafe-fixes
# The user's name comes from an ARG: the USER reads the same variable, so
# that a build argument moves both.
# want "no USER in the final stage"
FROM debian:trixie-slim
ARG USERNAME=dev
ARG USER_UID=1000
RUN useradd --uid "$USER_UID" -m "$USERNAME" && mkdir /work && chown "$USERNAME" /work
CMD ["bash"]

# micromamba's images create mambauser with UID 57439 (ARG MAMBA_USER_ID).
FROM mambaorg/micromamba:2.3.2
USER root
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
# want "USER mambauser names a user, not a UID: .*write its UID \\(57439, as mambaorg/micromamba:2.3.2 ships it\\)"
USER mambauser

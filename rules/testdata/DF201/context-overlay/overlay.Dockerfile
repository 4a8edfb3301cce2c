# As owncloud-docker/base: a tree copied onto / brings the entrypoint and
# the program CMD names by its bare name, which PATH finds in it.
# want "drops privileges itself \\(server runs apachectl, which starts as root by design\\); no USER fix offered"
FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends apache2 && rm -rf /var/lib/apt/lists/*
COPY overlay /
ENTRYPOINT ["/usr/bin/entrypoint"]
CMD ["server"]

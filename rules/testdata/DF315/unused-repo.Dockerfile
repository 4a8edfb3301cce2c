# test: unsafe-fixes
FROM debian:trixie-slim
# An update after adding a repository may be there to check it: the
# build would no longer fail on a broken one, so its removal needs review.
# want "apt-get update: nothing reads the index it downloads"
RUN echo 'deb https://packages.example.com/repo stable main' > /etc/apt/sources.list.d/x.list && apt-get update && echo ok
# An update that is all its RUN has no fix: a base image's children may
# install from the lists it leaves.
# want "apt-get update: nothing reads the index it downloads"
RUN apt-get update
CMD ["bash"]

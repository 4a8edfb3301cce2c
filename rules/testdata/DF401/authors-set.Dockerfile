# test: unsafe-fixes
# MAINTAINER leaves labels alone: where the image already has the authors
# label, the LABEL the fix writes would replace it.
FROM debian:trixie-slim
LABEL org.opencontainers.image.authors="team@example.com"
# want "needs review: the LABEL on line 5 sets org.opencontainers.image.authors already, which this one would replace"
MAINTAINER Bob <bob@example.com>
USER 1000

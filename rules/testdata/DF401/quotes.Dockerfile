FROM debian:trixie-slim
# The value keeps its quotes and dollar signs literally.
# want "MAINTAINER is deprecated"
MAINTAINER "Bob" \
    $HOME

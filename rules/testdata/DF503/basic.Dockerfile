FROM debian:trixie-slim
# want "ADD https://github.com/Yelp/dumb-init/releases/download/v1.2.5/dumb-init_1.2.5_x86_64 has no --checksum: the build takes whatever the server sends$"
ADD https://github.com/Yelp/dumb-init/releases/download/v1.2.5/dumb-init_1.2.5_x86_64 /usr/local/bin/dumb-init
# From a moving branch, executable.
# want "ADD https://raw.githubusercontent.com/vishnubob/wait-for-it/master/wait-for-it.sh has no --checksum"
ADD --chmod=0755 https://raw.githubusercontent.com/vishnubob/wait-for-it/master/wait-for-it.sh /usr/local/bin/
ARG NODE_EXPORTER=1.9.1
# want "ADD https://github.com/prometheus/node_exporter/releases/download/v\\$\\{NODE_EXPORTER\\}/node_exporter.tar.gz has no --checksum"
ADD https://github.com/prometheus/node_exporter/releases/download/v${NODE_EXPORTER}/node_exporter.tar.gz /tmp/
# want "ADD https://github.com/moby/buildkit.git#v0.24.0 fetches a branch or tag, which can move; pin a commit"
ADD https://github.com/moby/buildkit.git#v0.24.0 /src/buildkit
# want "ADD git@github.com:moby/moby.git fetches a branch or tag"
ADD git@github.com:moby/moby.git /src/moby
# want "ADD https://github.com/go-delve/delve.git\\?ref=v1.26.3&keep-git-dir=1 fetches a branch or tag"
ADD https://github.com/go-delve/delve.git?ref=v1.26.3&keep-git-dir=1 /src/delve

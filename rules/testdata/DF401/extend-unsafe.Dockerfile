# test-config: extend-unsafe-fixes: [maintainer]
# A team that demotes a rule's fixes reviews them: --write leaves them.
FROM debian:trixie-slim
# want "MAINTAINER is deprecated"
MAINTAINER Jane Doe <jane@example.com>

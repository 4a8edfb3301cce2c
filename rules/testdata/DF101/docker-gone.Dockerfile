# test: date=2026-03-01
# Docker 28 is still supported on this date, but no tag of it is published
# since 29.0.0 shipped: docker:28-dind is no longer rebuilt. (docker 29's
# tags are built on Alpine 3.24, released after this date: no target.)
# want "^docker:28-dind: no tag of docker 28 is published any more, so this one gets no updates; dockerfix knows no supported tag of this image to move to"
FROM docker:28-dind

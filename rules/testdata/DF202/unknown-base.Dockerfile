# test: unsafe-fixes
# An image the catalog does not know may run as a non-root user with
# passwordless sudo (as CircleCI's cimg/* and gitpod/workspace-* do): removing sudo
# there would fail the step, so the fix needs review.
FROM registry.example.com/team/ci-base:3
# want "sudo is unnecessary if this RUN runs as root, as it does unless registry.example.com/team/ci-base:3 sets another user \\(needs review: the catalog does not know the default user of registry.example.com/team/ci-base:3, and without root the step fails\\)$"
RUN sudo apt-get update

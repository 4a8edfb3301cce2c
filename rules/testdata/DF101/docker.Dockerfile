# test: date=2026-12-04 unsafe-fixes
# The docker image ships only its newest major.
# want "^docker:27-cli: docker 27 reached end of support on 2025-05-03; bump to docker:29-cli \\(docker 27 → 29\\); needs review: a new docker release line"
FROM docker:27-cli AS cli
# want "^docker:28-dind: docker 28 reached end of support on 2026-05-13; bump to docker:29-dind \\(docker 28 → 29\\)"
FROM docker:28-dind AS dind
FROM docker:29-dind-rootless

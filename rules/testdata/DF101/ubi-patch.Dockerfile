# test: date=2026-12-04 unsafe-fixes
# An old minor of a supported RHEL: the newest minor's tag is derived from
# documented conventions, not listed by a registry, so the bump is unsafe.
# want "^registry.access.redhat.com/ubi9/ubi-minimal:9.4: registry.access.redhat.com/ubi9/ubi-minimal 9.4 is not the latest release of rhel 9 \\(9.8\\); bump to registry.access.redhat.com/ubi9/ubi-minimal:9.8; needs review: the target tag is derived from documented conventions, not seen in a registry"
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4

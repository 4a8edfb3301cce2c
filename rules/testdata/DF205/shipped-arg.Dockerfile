# A build argument that picks the variant, not the family, leaves the UID
# as the family ships it: distroless' nonroot is 65532 on every Debian
# (anchore/syft).
ARG DEBIAN_VERSION=13
FROM gcr.io/distroless/static-debian${DEBIAN_VERSION}:nonroot
COPY syft /
# want "USER nonroot names a user, not a UID: .*; write its UID \\(65532, as gcr.io/distroless/static-debian13:nonroot ships it\\)"
USER nonroot
ENTRYPOINT ["/syft"]

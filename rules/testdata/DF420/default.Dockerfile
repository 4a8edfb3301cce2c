# test: unsafe-fixes
# langfuse's images: with BuildKit the default is never used, but a builder
# that does not set TARGETPLATFORM (Docker's legacy builder) is told
# linux/amd64; without the flag it builds for its own platform.
# want "redundant as this is the default behavior; needs review: its default applies where TARGETPLATFORM is unset"
FROM --platform=${TARGETPLATFORM:-linux/amd64} node:24-alpine AS base
# want "needs review: its default applies"
FROM --platform=${TARGETPLATFORM-linux/amd64} base AS runner
CMD ["node"]

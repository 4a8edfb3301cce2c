# BuildKit's testRedundantTargetPlatform.
# want "Setting platform to predefined \\$TARGETPLATFORM in FROM is redundant"
FROM --platform=$TARGETPLATFORM alpine:3.22 AS a
# want "Setting platform to predefined \\$\\{TARGETPLATFORM\\} in FROM is redundant"
FROM --platform=${TARGETPLATFORM} scratch AS b
# Other platforms, and the build's own: not redundant.
FROM --platform=$BUILDPLATFORM golang:1.25 AS c
FROM --platform=${TARGETPLATFORM}-x scratch AS d
FROM --platform=$TARGETOS/$TARGETARCH scratch AS e
# The flag alone before a line continuation: the image stays on its line.
# want "Setting platform to predefined \\$TARGETPLATFORM in FROM is redundant"
FROM --platform=$TARGETPLATFORM \
    alpine:3.22 AS f

# test: date=2026-12-04 unsafe-fixes
# The tag carries a Debian or Ubuntu codename; the definition's 1.x line is
# no longer built.
# want "^mcr.microsoft.com/devcontainers/base:1-bullseye: debian 11 reached end of support on 2024-08-14; bump to mcr.microsoft.com/devcontainers/base:2-trixie \\(mcr.microsoft.com/devcontainers/base 1 → 2, debian 11 → 13\\); needs review: .*a new debian release"
FROM mcr.microsoft.com/devcontainers/base:1-bullseye AS debian
# The 0.x name moved: the bump leaves it, keeping the codename's distro.
# want "^mcr.microsoft.com/vscode/devcontainers/base:focal: .*ubuntu 20.04 reached end of support on 2025-05-31; bump to mcr.microsoft.com/devcontainers/base:resolute \\(ubuntu 20.04 → 26.04\\), or to mcr.microsoft.com/devcontainers/base:jammy \\(ubuntu 20.04 → 22.04\\) with --bump minimal; needs review: it moves to another image, a new ubuntu release"
FROM mcr.microsoft.com/vscode/devcontainers/base:focal AS ubuntu
# The language images: the codename is judged, but there is no tag set to move in.
# want "^mcr.microsoft.com/devcontainers/javascript-node:16-bullseye: debian 11 reached end of support on 2024-08-14; dockerfix knows no supported tag of this image to move to"
FROM mcr.microsoft.com/devcontainers/javascript-node:16-bullseye AS node
FROM mcr.microsoft.com/devcontainers/base:2-trixie

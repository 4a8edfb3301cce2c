# test: unsafe-fixes
# An old patch tag has left the tag set and is no longer rebuilt: the OS
# release under it, which its tag leaves implicit, is frozen at its build
# and not known. python:3.12.14 is on Debian 13, where libssl3 is
# libssl3t64: unsafe, and the message says why.
# want "python 3.12.1 is not the latest release of python 3.12 \\(3.12.14\\); bump to python:3.12.14 \\(to debian 13\\); needs review: the old tag's debian release is not known, so it may change; the stage installs OS packages by name \\(libssl3\\)"
FROM python:3.12.1
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 && rm -rf /var/lib/apt/lists/*
# The same for an Alpine release under -alpine.
# want "bump to node:24.19.0-alpine \\(to alpine 3.24\\); needs review: the old tag's alpine release is not known, so it may change"
FROM node:24.1.0-alpine AS web

# test: osv unsafe-fixes
# As localstack's: the base is pinned by digest and the upgrade patches a
# CVE. Offline, the digest the tag has now is unknown, so the base cannot
# move; dropping the upgrade alone would bring the vulnerable libexpat1
# back. No fix.
FROM python:3.13.12-slim-trixie@sha256:8bc60ca09afaa8ea0d6d1220bde073bacfedd66a4bf8129cbdc8ef0e16c8a952
# want `^piecemeal upgrade of libexpat1; python:3.13.12-slim-trixie@sha256:8bc60ca09afaa8ea0d6d1220bde073bacfedd66a4bf8129cbdc8ef0e16c8a952 is pinned by digest and never gets the archive's newer fixes: drops the upgrade; .*\(no fix: the base image cannot be moved here, and without the move the pins are its only fixes\)$`
RUN apt-get update && apt-get install --only-upgrade libexpat1 && rm -rf /var/lib/apt/lists/*

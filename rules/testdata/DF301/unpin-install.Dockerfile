# test: osv
FROM debian:bookworm-slim
# A first install at a pinned version from another vendor's repository:
# the version goes, the install stays, and OSV cannot vouch for it.
# want `^piecemeal pin of nodejs=22.15.1-1nodesource1; drops the pin, unverified: OSV lists no fixed version of nodejs in Debian:12`
RUN apt-get update && apt-get install -y nodejs=22.15.1-1nodesource1 && rm -rf /var/lib/apt/lists/*
# Pinned past every fix OSV lists: the archive may be behind the pin.
# want `^piecemeal pins of curl=7.88.1-10\+deb12u5, libcurl4=7.88.1-10\+deb12u5; drops 2 pins, unverified: curl=7.88.1-10\+deb12u5 is newer than every fix OSV lists for curl in Debian:12 \(the newest is 7.88.1-10\+deb12u4\)`
RUN apt-get update && apt-get install -y git curl=7.88.1-10+deb12u5 libcurl4=7.88.1-10+deb12u5

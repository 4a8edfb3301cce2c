FROM debian:trixie-slim
# Removing the lists would break the next RUN, which reads them: no fix.
# want "apt-get update leaves the package lists in the layer: remove /var/lib/apt/lists/\\* in the same RUN \\(no fix: the RUN on line 5 runs apt-get install before any apt-get update and reads them; run apt-get update there too\\)"
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates
RUN apt-get install -y --no-install-recommends curl
# An update alone installs nothing from the lists: DF315's finding, not this rule's.
RUN apt-get update

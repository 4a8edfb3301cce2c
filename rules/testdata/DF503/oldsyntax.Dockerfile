# syntax=docker/dockerfile:1.4
# test: online unsafe-fixes
FROM debian:trixie-slim
# want "has no --checksum.*\\(the file's # syntax= frontend predates ADD --checksum"
ADD https://example.org/tool.tgz /tmp/

# A build stage the final image copies from feeds it: what runs there
# shapes what it hands over.
FROM rust:1.90 AS build
# want "https://sh.rustup.rs is piped into sh: a script from the network runs unchecked; download it, verify its checksum or signature, then run it$"
RUN curl -sSf https://sh.rustup.rs | sh -s -- -y
FROM build AS test
# want "https://example.org/tester.sh is piped into bash.*\\(in a build stage nothing of which reaches the final image\\)"
RUN curl -fsSL https://example.org/tester.sh | bash
FROM debian:trixie-slim
COPY --from=build /app /app
# want "https://example.org/final.sh is piped into sh: a script from the network runs unchecked; download it, verify its checksum or signature, then run it$"
RUN curl -fsSL https://example.org/final.sh | sh

FROM rust:1.90 AS build
# want "https://sh.rustup.rs is piped into sh.*\\(in a build stage the final image does not contain\\)"
RUN curl -sSf https://sh.rustup.rs | sh -s -- -y
FROM build AS test
# want "https://example.org/tester.sh is piped into bash.*in a build stage"
RUN curl -fsSL https://example.org/tester.sh | bash
FROM debian:trixie-slim
COPY --from=build /app /app
# want "https://example.org/final.sh is piped into sh: a script from the network runs unchecked; download it, verify its checksum or signature, then run it$"
RUN curl -fsSL https://example.org/final.sh | sh

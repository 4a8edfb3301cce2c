# The system picks the UID: no fix.
FROM debian:trixie-slim
RUN useradd -r app
# want "USER app names a user, not a UID: .*; write its UID$"
USER app

# usermod gives the user another UID after its creation: no fix.
FROM debian:trixie-slim
RUN useradd -u 1001 app && usermod -u 2000 app
# want "USER app names a user, not a UID: .*; write its UID$"
USER app

# BuildKit's testExposeProtoCasing: one finding per port.
FROM scratch
# want "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase" "Defined protocol '8080/TCP' in EXPOSE instruction should be lowercase"
EXPOSE 80/TcP 8080/TCP 8080/udp
ARG PORTS="53/UDP 53/tcp"
# Through a variable: reported, not fixed.
# want "Defined protocol '53/UDP'"
EXPOSE $PORTS
# An unknown protocol fails the build; nothing to lower-case.
EXPOSE 9000/HTTP

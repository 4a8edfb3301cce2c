# Kubernetes' runAsNonRoot cannot tell from a name that the user is not
# root. docker-library/haproxy creates haproxy with UID 99: the fix writes
# it, and the container runs as the same user.
FROM debian:trixie-slim
RUN set -eux; \
	groupadd --gid 99 --system haproxy; \
	useradd --gid haproxy --home-dir /var/lib/haproxy --no-create-home --system --uid 99 haproxy
# want "USER haproxy names a user, not a UID: Kubernetes' runAsNonRoot cannot tell it is not root and refuses to start the container; write its UID \\(99, created on line 5\\)"
USER haproxy:haproxy
CMD ["haproxy", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]

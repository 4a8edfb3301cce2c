# Forty hex digits are a key fingerprint only where a RUN hands them to
# gpg: here nothing does, and such a value is as likely a token.
FROM debian:trixie-slim
# want "ENV API_KEY looks like a secret"
ENV API_KEY=0123456789abcdef0123456789abcdef01234567
USER nobody

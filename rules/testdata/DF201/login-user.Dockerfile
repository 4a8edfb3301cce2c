# test: unsafe-fixes
# The user gets a password: an account to log in as, which the server
# that authenticates it serves as root. The switch is unsafe.
# want "no USER in the final stage"
FROM alpine:3.22
RUN adduser -D tester && echo "tester:secret" | chpasswd
COPY app /usr/local/bin/app
CMD ["app"]

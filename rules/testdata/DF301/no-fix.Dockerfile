# test: osv
FROM alpine:3.22
# The command cannot leave the RUN alone (the || would run true instead):
# the finding has no fix.
# want `^piecemeal upgrade of musl; drops the upgrade; .* \(no fix: the command is not one the RUN can lose alone\)$`
RUN apk upgrade musl || true

# test: osv
FROM alpine:3.22
# The command cannot leave the RUN alone (the || would run true instead):
# the finding has no fix.
# want `^piecemeal upgrade of musl; drops the upgrade; .* \(no fix: the command is inside an if, a loop, a subshell or a pipe, next to \|\|, or redirected, so it cannot leave the RUN alone\)$`
RUN apk upgrade musl || true

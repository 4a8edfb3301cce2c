# An ENTRYPOINT after the CMD in the same stage keeps that CMD (BuildKit
# only drops a CMD the stage did not set), and runs it: the rewrite hands
# it the command's words instead of /bin/sh -c.
FROM debian:trixie-slim
# want "needs review: the exec-form ENTRYPOINT gets the command's words instead of /bin/sh -c and the command"
CMD myserver --port 80
ENTRYPOINT ["/usr/local/bin/entry"]
USER 1000

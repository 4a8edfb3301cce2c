# test: date=2026-12-04
# The exec form needs a #! line: /bin/sh runs a script without one as a
# shell script, the kernel refuses it. The scripts are read from the build
# context (this folder).
FROM alpine:3.22 AS with-shebang
COPY start.sh /usr/local/bin/
# want "^CMD uses the shell form; signals will not reach the program$"
CMD start.sh --port 80

FROM alpine:3.22 AS without-shebang
COPY no-shebang.sh /app/
WORKDIR /app
# want "no-shebang.sh has no #! line: /bin/sh runs it as a script, the exec form cannot; add #!/bin/sh first"
CMD ./no-shebang.sh

FROM alpine:3.22 AS missing
COPY missing.sh /missing.sh
# want "appends them; cannot read missing.sh to check that it starts with #!"
ENTRYPOINT /missing.sh

FROM alpine:3.22 AS entrypoint
ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
# An exec-form ENTRYPOINT gets /bin/sh -c and the command today.
# want "needs review: the exec-form ENTRYPOINT gets the command's words instead of /bin/sh -c and the command"
CMD node server.js

FROM alpine:3.22
ENTRYPOINT ["tini", "--"]
# tini runs the CMD as given: the rewrite is safe.
# want "^CMD uses the shell form; signals will not reach the program$"
CMD /bin/app --serve

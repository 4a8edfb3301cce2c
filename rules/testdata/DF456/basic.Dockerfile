# test: unsafe-fixes
FROM debian:trixie-slim
# want "ln replaces /bin/sh for every script in the image: use SHELL"
RUN ln -sfv /bin/bash /bin/sh
# want "ln replaces /bin/sh"
RUN ln -sf bash /bin/sh && \
    apt-get update
# want "ln replaces /bin/sh"
RUN apt-get update && ln -sf /bin/bash /bin/sh
# want "ln replaces /bin/sh"
ONBUILD RUN ln -sf /bin/bash /bin/sh
RUN ln -sf /bin/true /sbin/initctl
RUN ln -s foo bar && unrelated && something_with /bin/sh
# The exec form needs no shell: a busybox image linking one is not changing it.
RUN ["/busybox/ln", "-s", "/busybox/sh", "/bin/sh"]

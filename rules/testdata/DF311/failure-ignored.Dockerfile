FROM rockylinux:9
# The script goes on when the prompt aborts: today the step does nothing,
# so adding -y changes the image. Unsafe.
# want "yum update without -y may stop at a confirmation prompt; the build goes on when it aborts .a later command.s status is the RUN.s, and set -e is not on"
RUN yum install -y tzdata && yum update; yum clean all
# want "dnf remove without -y .*a command after .. handles its failure"
RUN dnf remove tzdata || true
# want "dnf install without -y .*a pipe's status is its last command's"
RUN dnf install httpd | tee /tmp/install.log
# want "dnf install without -y .*it is an if condition"
RUN if dnf install httpd; then echo "httpd"; fi
# want "dnf install without -y .*its status is negated with !"
RUN if ! dnf install httpd; then echo "no httpd"; fi
# want "dnf install without -y .*it runs in a loop"
RUN for p in httpd git; do dnf install "$p"; done
# want "dnf install without -y .*set -e is not on"
RUN (set -e; dnf install httpd); echo done

# The failure fails the build: the last command, set -e, || exit,
# pipefail. Safe.
# want "dnf install without -y may stop at a confirmation prompt, which fails the build"
RUN set -e; dnf install httpd; dnf clean all
# want "dnf install without -y may stop at a confirmation prompt, which fails the build"
RUN dnf install httpd || exit 1
# want "dnf install without -y may stop at a confirmation prompt, which fails the build"
RUN set -o errexit; for p in httpd git; do dnf install "$p"; done
# want "dnf install without -y may stop at a confirmation prompt, which fails the build"
RUN dnf install httpd && dnf clean all
# want "dnf install without -y may stop at a confirmation prompt, which fails the build"
RUN (set -e; dnf install httpd; echo done)
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
# want "dnf install without -y may stop at a confirmation prompt, which fails the build"
RUN dnf install httpd | tee /tmp/install.log; echo done

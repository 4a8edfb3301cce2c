# test: unsafe-fixes
# A root filesystem on scratch that runs a program is an application image:
# judged as any other.
# want "the container runs as root"
FROM scratch
ADD rootfs.tar.xz /
CMD ["/usr/bin/server", "--port", "8080"]

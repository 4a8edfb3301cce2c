# An operating system's base image (busybox's, Alpine's): a root
# filesystem on scratch and a shell as its command. The images built on it
# install packages as root and pick their user.
# want "the image is an OS base image \\(a root filesystem added to scratch on line 6, with a shell or nothing as its command\\)"
FROM scratch
ADD alpine-minirootfs-3.23.0-x86_64.tar.gz /
CMD ["/bin/sh"]

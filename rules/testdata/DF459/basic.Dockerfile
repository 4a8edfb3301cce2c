FROM alpine:3.22
ARG DIR=/dev/shm/app
# want "WORKDIR /proc/self/fd/1 is inside /proc"
WORKDIR /proc/self/fd/1
# want "WORKDIR /proc/self/fd/1 is inside /proc"
WORKDIR "/proc/self/fd/1"
# want "WORKDIR /dev/shm/app is inside /dev"
WORKDIR ${DIR}
# want "WORKDIR /sys is inside /sys"
WORKDIR /sys/
WORKDIR /path/to/workdir
WORKDIR "/path/to/workdir"
WORKDIR /development
WORKDIR /devices
WORKDIR /srv/proc
WORKDIR ${UNSET}

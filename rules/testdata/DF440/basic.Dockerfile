FROM debian:trixie-slim
# want "top in a build step shows the build container"
RUN top -b -n 1
# want "service in a build step starts a service that stops"
RUN service postgresql start && psql -c 'select 1'
# want "vim in a build step waits for a terminal"
RUN apt-get update && sudo vim /etc/hosts
RUN apt-get install -y ssh vim procps
RUN echo kill mount ps
# want "ssh in a build step logs in"
ONBUILD RUN ssh git@example.com
# want "free in a build step"
RUN ["free", "-m"]
RUN /usr/local/bin/psql -c 'select 1'

FROM debian:trixie-slim
WORKDIR /app
# want "cd in RUN"
RUN cd $HOME && ls
# want "cd in RUN"
RUN cd - && ls
# want "cd in RUN"
RUN cd "/my dir" && ls
RUN <<EOF
# want "cd in RUN"
cd /tmp
ls
EOF
# want "cd in RUN"
RUN cd /tmp > /dev/null && ls
RUN ["cd", "/x"]
RUN echo cd /tmp

FROM debian:trixie-slim
# A relative cd under a directory the file does not show.
# want "cd in RUN"
RUN cd src && make

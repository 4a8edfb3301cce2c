FROM debian:trixie-slim AS build
RUN wget -q my.xyz
# want "the stage downloads with curl here and with wget on line 2: pick one tool"
RUN curl -fsS localhost
RUN echo hello
# want "downloads with wget here and with curl on line 4"
RUN wget -q foo.com
RUN apt-get install -y wget curl

FROM debian:trixie-slim
RUN curl -fsS x
RUN curl -fsS y

FROM alpine:3.22
# want "downloads with wget here and with curl in the same RUN"
RUN wget -q x && curl -fsS y

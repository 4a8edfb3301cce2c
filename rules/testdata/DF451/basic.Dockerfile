FROM debian:trixie-slim
# want "wget prints a progress bar into the build log: add -nv"
RUN wget https://example.com/a.tar.gz && tar -xzf a.tar.gz
# want "wget prints a progress bar"
RUN curl -fsSL x | sh && sudo wget -O /tmp/b https://example.com/b
# want "wget prints a progress bar"
ONBUILD RUN wget https://example.com/c
# want "wget prints a progress bar"
RUN ["wget", "https://example.com/d"]
RUN wget -q https://example.com/e
RUN wget -qO- https://example.com/f | sh
RUN wget --quiet https://example.com/g
RUN wget -nv https://example.com/h
RUN wget --no-verbose https://example.com/i
RUN wget --progress=dot:giga https://example.com/j
RUN wget -o /tmp/log https://example.com/k
RUN wget --output-file=/tmp/log https://example.com/l
RUN wget -a /tmp/log https://example.com/m
RUN wget --append-output=/tmp/log https://example.com/n
RUN apt-get install -y wget

FROM alpine:3.22
# BusyBox wget has no -nv.
# want "wget prints a progress bar"
RUN wget https://example.com/o

FROM archlinux:base-devel
# Arch's and openSUSE's wget is GNU wget (wget2 on Tumbleweed), which has -nv.
RUN pacman -Syu --noconfirm wget
# want "wget prints a progress bar into the build log: add -nv"
RUN wget -O /tmp/p https://example.com/p

FROM opensuse/tumbleweed
# want "wget prints a progress bar into the build log: add -nv"
RUN zypper --non-interactive install wget && wget https://example.com/q

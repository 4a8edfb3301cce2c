# test: unsafe-fixes
FROM golang:1.26-trixie
# want "PATH reads GOBIN, which this ENV sets too: BuildKit expands all its values first, so PATH gets the GOBIN from before the ENV, not /go/bin"
ENV GOBIN=/go/bin PATH=$GOBIN:$PATH
# want:7 "B reads A, which this ENV sets too"
ENV A=1 \
    B="${A}/b" \
    C=3 \
    D=$C
# want:9 "D reads C"
# want "E reads F, which this ENV sets after it"
ENV E=$F F=1
ENV PATH=/opt/bin:$PATH HOME=/root
ARG X
ENV X=2 Y=$X
# want "BAR reads FOO"
  env FOO=1 BAR=$FOO-x
ENV LEGACY value with $LEGACY

FROM debian:trixie-slim
# want "PATH reads PATH, which this ENV sets too"
ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}
ENV A='$A' B=\$A C=${X:-x}

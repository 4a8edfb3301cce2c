FROM gcr.io/distroless/static-debian13:nonroot
ARG TARGETPLATFORM
COPY $TARGETPLATFORM/dockerfix /usr/local/bin/dockerfix
ENTRYPOINT ["/usr/local/bin/dockerfix"]

# Without allowed-registries, any registry will do: no finding.
FROM ghcr.io/acme/tools:1.4 AS tools
FROM quay.io/prometheus/busybox:latest
COPY --from=gcr.io/distroless/static:nonroot /etc/passwd /etc/passwd

FROM alpine:3.22 AS build
# want "COPY \\*.pem copies deploy-key.pem \\(a private key\\) into the image.*\\(in a build stage the final image does not contain, but in its layers and cache\\)"
COPY *.pem /certs/
FROM alpine:3.22
COPY --from=build /certs/ca.pem /etc/ssl/certs/

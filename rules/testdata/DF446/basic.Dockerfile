FROM golang:1.26 AS Build
RUN go build -o /app .
# want "--from=assets names a stage defined later, on line 13"
COPY --from=assets /dist /static

FROM debian:trixie-slim
COPY --from=build /app /usr/local/bin/app
COPY --from=0 /app /app0
COPY --from=nginx:1.29 /etc/nginx/nginx.conf /etc/
COPY --from=ghcr.io/org/tools@sha256:0123 /bin/tool /bin/
# want "--from=buidl names no stage of this file: unless the build passes a context of that name \\(--build-context buidl=…\\), BuildKit pulls the image buidl:latest"
COPY --from=buidl /app /app2
FROM node:24 AS assets
# want "--from=7: the file has no stage 7"
COPY --from=7 /x /x
# want "--from=3 names a stage defined later"
COPY --from=3 /x /x
# want "BuildKit does not expand variables in --from"
COPY --from=${BUILDER} /x /x
COPY --from=assets /x /y
ONBUILD COPY --from=later /x /x
FROM scratch
# A name with a slash is no stage: an image, untagged.
# want "^--from=gloursdocker/docker is an image with no tag: BuildKit pulls gloursdocker/docker:latest, so each build may copy from another release; pin a tag or digest$"
COPY --from=gloursdocker/docker / /

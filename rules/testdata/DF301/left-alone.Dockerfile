# test: osv
FROM debian:trixie-slim
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get upgrade -y && apt-get dist-upgrade -y
RUN apt-get install -y ./local.deb curl/trixie-backports
RUN if dpkg -s "$PKG" >/dev/null 2>&1; then apt-get install -y --only-upgrade "$PKG"; fi
RUN ["apt-get", "install", "-y", "--only-upgrade", "openssl"]
RUN echo apt-get install --only-upgrade openssl
# A vendor's product at its release, from the repository the stage adds.
RUN echo 'deb [signed-by=/etc/apt/keyrings/pgdg.asc] https://apt.postgresql.org/pub/repos/apt trixie-pgdg main 17' > /etc/apt/sources.list.d/pgdg.list
RUN apt-get update && apt-get install -y postgresql-17=17.9-1.pgdg13+1 && rm -rf /var/lib/apt/lists/*
FROM alpine:3.22
RUN apk update && apk upgrade && apk add --no-cache curl
# A version from another release's repository, chosen on purpose.
ARG APK_REPO=http://dl-cdn.alpinelinux.org/alpine/v3.10/main
RUN apk add --no-cache postgresql=11.12-r0 --repository=$APK_REPO
FROM rockylinux:9
RUN dnf upgrade -y --refresh && dnf install -y python3 dotnet-runtime-8.0
# tzdata is upgraded or reinstalled for fresh time zone rules, not to patch
# a vulnerability (sclorg's images restore the files a nodocs install
# strips this way).
RUN (dnf -y reinstall tzdata || dnf -y update tzdata) && dnf -y clean all

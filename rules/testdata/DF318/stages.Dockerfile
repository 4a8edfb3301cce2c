FROM fedora:42 AS build
RUN dnf install -y gcc && gcc -o /hello /hello.c
FROM fedora:42
COPY --from=build /hello /usr/local/bin/hello
# want "dnf install leaves its cache"
RUN sudo dnf install -y less

# test: online
# Online, the base image's WORKDIR is known: /srv.
FROM registry.example/multi:1
# want "Relative workdir \"app\""
WORKDIR app

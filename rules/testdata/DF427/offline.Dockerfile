# Offline no platform is known: nothing to say.
FROM registry.example/amd64-only:1

# The official image, its entrypoint kept.
# want "the container starts as root and drops privileges itself \\(eclipse-mosquitto:2, whose entrypoint is kept: its docker-entrypoint.sh chowns /mosquitto, and mosquitto switches to the mosquitto user itself\\); no USER fix offered"
FROM eclipse-mosquitto:2
COPY mosquitto.conf /mosquitto/config/

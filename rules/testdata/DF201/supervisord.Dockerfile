# supervisord starts as root and runs each program as the user its
# configuration names.
# want "drops privileges itself \\(CMD runs supervisord\\)"
FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends nginx supervisor \
    && rm -rf /var/lib/apt/lists/*
COPY supervisord.conf /etc/supervisor/conf.d/app.conf
CMD ["/usr/bin/supervisord", "-n", "-c", "/etc/supervisor/supervisord.conf"]

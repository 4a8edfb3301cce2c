FROM debian:trixie-slim
RUN groupadd -r -g 1234567 app \
# want "UID 1234567"
 && useradd \
      -r -g app \
      -u 1234567 \
      app
# want "UID 7654321"
RUN useradd -m \
    --uid 7654321 app2

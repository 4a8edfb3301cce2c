FROM debian:trixie-slim
# want "useradd"
ONBUILD RUN useradd -u 123456 luser

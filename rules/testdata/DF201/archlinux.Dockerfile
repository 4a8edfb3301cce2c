# test: unsafe-fixes
# Arch Linux's base image has shadow's useradd.
# want "the container runs as root: no USER in the final stage"
FROM archlinux:base
RUN pacman -Syu --noconfirm python && pacman -Scc --noconfirm
COPY app.py /app/app.py
CMD ["python", "/app/app.py"]

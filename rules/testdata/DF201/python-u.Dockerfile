# test: unsafe-fixes
# python -u is unbuffered output, not a user: the container runs as root.
# want "the container runs as root: no USER in the final stage \\(python:3.13-slim runs as root by default\\)"
FROM python:3.13-slim
COPY app.py /app/app.py
CMD ["python", "-u", "/app/app.py"]

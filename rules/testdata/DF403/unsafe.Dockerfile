# test: unsafe-fixes
FROM python:3.13-slim
# want "ENTRYPOINT uses the shell form"
ENTRYPOINT python app.py
CMD ["--help"]

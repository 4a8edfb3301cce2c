FROM python:3.13-slim
# A shell-form ENTRYPOINT ignores CMD; the exec form would pass it: unsafe.
# want "ENTRYPOINT uses the shell form"
ENTRYPOINT python app.py
CMD ["--help"]

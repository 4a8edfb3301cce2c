# A Python entrypoint is no shell script: a text search for the tools'
# names, and the message says so.
# want "drops privileges itself \\(entrypoint.py mentions gosu \\(read as text\\)\\)"
FROM python:3.13-slim
COPY entrypoint.py /app/
ENTRYPOINT ["python3", "/app/entrypoint.py"]

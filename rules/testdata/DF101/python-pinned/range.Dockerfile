# test: date=2026-12-04
# requires-python = ">=3.13" takes the new patch: the bump stays safe.
# want "^python:3\\.13\\.6-slim-trixie: python 3\\.13\\.6 is not the latest release of python 3.13 \\(3.13.15\\); bump to python:3.13.15-slim-trixie$"
FROM python:3.13.6-slim-trixie
WORKDIR /app
COPY svc/ .
RUN pip install --no-cache-dir .
USER 1000
CMD ["python", "-m", "svc"]

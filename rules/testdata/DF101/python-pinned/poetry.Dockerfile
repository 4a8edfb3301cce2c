# test: date=2026-12-04
# Poetry reads a bare version as exact: python = "3.13.6" refuses 3.13.15.
# want "^python:3.13.6-slim-trixie: python 3.13.6 is not the latest release of python 3.13 \\(3.13.15\\); bump to python:3.13.15-slim-trixie; needs review: pyproject.toml requires Python 3.13.6 exactly, and its installer refuses 3.13.15: bump it with the image$"
FROM python:3.13.6-slim-trixie
WORKDIR /app
COPY pyproject.toml poetry.lock ./
RUN pip install --no-cache-dir poetry && poetry install --only main
COPY . .
USER 1000
CMD ["python", "-m", "svc"]

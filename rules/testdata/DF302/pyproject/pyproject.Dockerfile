# A pyproject.toml project: the pins are found, with no fix yet.
FROM python:3.12-slim AS poetry
WORKDIR /app
COPY pyproject.toml poetry.lock ./
RUN pip install --no-cache-dir poetry==2.1.3 && poetry install --no-root
# want "^pip install urllib3==1.26.18 patches the app's dependency tree outside pyproject.toml; bump the direct dependency that brings it in; dockerfix does not bump pyproject.toml projects yet: bump the direct dependency there and lock again$"
RUN pip install --no-cache-dir urllib3==1.26.18

FROM python:3.12-slim AS uv
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen
# want "^pip install certifi==2024.7.4 patches the app's dependency tree outside pyproject.toml"
RUN pip install --no-cache-dir certifi==2024.7.4
# uv's pip interface, in the RUN that syncs, after the sync
# (text-generation-inference's nvidia-nccl-cu12 pin).
# want "^uv pip install nvidia-nccl-cu12==2.25.1 patches the app's dependency tree outside pyproject.toml"
RUN uv sync --frozen && uv pip install nvidia-nccl-cu12==2.25.1

FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -e .
# want "^pip install idna==3.7 patches the app's dependency tree outside pyproject.toml"
RUN pip install --no-cache-dir idna==3.7
# A tool, and a pin before the project is installed, are not patches.
RUN pip install --no-cache-dir uv==0.5.0

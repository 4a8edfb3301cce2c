# test: pypi-registry
FROM python:3.8-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
# Pin urllib3 for CVE-2023-45803.
# want "^pip install urllib3==1.26.18 patches the app's dependency tree outside requirements.txt; bump the direct dependency that brings it in; requirements.txt locks urllib3 1.26.5 through requests$"
RUN pip install --no-cache-dir urllib3==1.26.18
RUN pip install --no-cache-dir uv==0.4.30 setuptools==75.1.0
COPY . .
CMD ["gunicorn", "app:app"]

# test: pypi-registry
FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
# want "^pip install urllib3==1.26.18 patches the app's dependency tree outside requirements.txt; bump the direct dependency that brings it in; requirements.txt does not lock urllib3: add it to requirements.txt instead; requirements.txt locks requests 2.25.1, a direct dependency$"
RUN pip install urllib3==1.26.18
# want "requirements.txt locks requests 2.25.1, a direct dependency$"
RUN pip install requests==2.31.0

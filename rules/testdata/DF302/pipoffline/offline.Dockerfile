FROM python:3.8-slim
WORKDIR /app
COPY requirements*.txt ./
RUN pip install -r requirements.txt
# want "^pip3 install urllib3==1.26.18 patches the app's dependency tree outside requirements.txt; bump the direct dependency that brings it in; requirements.txt locks urllib3 1.26.5 through requests; with --online, dockerfix proposes the bump \\(it needs the registry's versions\\)$"
RUN pip3 install urllib3==1.26.18 && python -c 'import urllib3'
# A global tool is not a patch of the app.
RUN pip install pipenv==2024.0.1

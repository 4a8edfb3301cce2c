# test: osv
FROM python:3.8-slim
WORKDIR /app
# want "^requirements.txt locks requests 2.25.1, affected by a known vulnerability \\(GHSA-j8r2-6x86-q33q\\); it is a direct dependency; with --online, dockerfix proposes the bump \\(it needs the registry's versions\\)$"
# want "^requirements.txt locks urllib3 1.26.5, affected by 3 known vulnerabilities \\(GHSA-34jh-p97f-mpxf, GHSA-g4mx-q9vg-27p4, GHSA-v845-jxx5-vc9f\\); it comes through requests; with --online"
COPY requirements.txt ./
RUN pip install -r requirements.txt

FROM python:3.13 AS build
RUN pip install --user -r requirements.txt
FROM python:3.13-slim
COPY --from=build /root/.local /root/.local
# want "pip install without --no-cache-dir"
RUN pip install --user gunicorn

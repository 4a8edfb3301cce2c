FROM python:3.13-slim
# want "pip install without --no-cache-dir keeps the downloaded packages in ~/.cache/pip in the layer \\(exec form: add --no-cache-dir to the array by hand\\)$"
RUN ["pip", "install", "requests"]
RUN ["pip", "install", "--no-cache-dir", "flask"]
RUN ["python3", "-m", "pip", "install", "--no-cache-dir", "gunicorn"]
CMD ["python3"]

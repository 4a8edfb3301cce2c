# app.Dockerfile.dockerignore wins over the context's .dockerignore.
FROM scratch
# want "file \"Dockerfile\" that is excluded by app.Dockerfile.dockerignore"
COPY Dockerfile .
COPY notes.txt .

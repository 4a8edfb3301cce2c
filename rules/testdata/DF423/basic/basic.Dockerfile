# BuildKit's testCopyIgnoredFiles.
FROM scratch AS base
# want "Attempting to Copy file \"Dockerfile\" that is excluded by .dockerignore"
COPY Dockerfile .
# want "Attempting to Add file \"Dockerfile\" that is excluded by .dockerignore"
ADD ./Dockerfile /windy
# want "file \"secrets/key.pem\"" "file \"app.log\""
COPY secrets/key.pem app.log ok.txt /app/
# A stage's files, URLs and heredocs are not the context's.
COPY --from=base /foobar /Dockerfile
ADD https://example.com/app.log /app.log
COPY <<foobar /foobar
hello
foobar

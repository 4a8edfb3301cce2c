# With exclusions (!) BuildKit says nothing: too hard to tell.
FROM scratch
COPY ./Dockerfile .
COPY . .

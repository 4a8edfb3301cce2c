# A final stage named "builder" that runs a program is a service like any
# other.
# want "the container runs as root: no USER in the final stage"
FROM golang:1.25.5 AS builder
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app .
CMD ["app"]

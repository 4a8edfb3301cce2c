# Go's fetches: go run at @latest, and go get at no version, @latest or
# @upgrade take the newest release at build time.
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
# want "go run golang.org/x/tools/cmd/stringer@latest runs the newest golang.org/x/tools/cmd/stringer at build time"
RUN go run golang.org/x/tools/cmd/stringer@latest -type=Kind ./...
# want "go get github.com/gorilla/mux takes the newest github.com/gorilla/mux at build time; name a version \\(github.com/gorilla/mux@<version>\\)"
RUN go get github.com/gorilla/mux && go build -o /app .
# want "go get honnef.co/go/tools/cmd/staticcheck@upgrade takes the newest"
RUN go get -tool honnef.co/go/tools/cmd/staticcheck@upgrade
# want "go get foobar takes the newest foobar"
ONBUILD RUN go get -tool foobar
# Pinned, or the module's own: go.mod decides.
RUN go get github.com/google/uuid@v1.6.0 && go get -d -v ./... && go run . && go install ./cmd/app
RUN go install golang.org/x/tools/gopls && go run golang.org/x/tools/cmd/goimports -l . && go run example.com/gen@v1.2.3 x@latest

# GOPATH's go get of the source the stage copied there builds that copy
# (influxdata's dockerlib).
FROM golang:1.26 AS dockerlib
ENV GO111MODULE=off
COPY . /go/src/github.com/influxdata/influxdata-docker/dockerlib
RUN go get -d github.com/influxdata/influxdata-docker/dockerlib && go install github.com/influxdata/influxdata-docker/dockerlib

# GOPATH's go get, then a checkout of the version it fetched (jessfraz's
# consul): pinned.
FROM golang:1.26 AS consul
ENV GO111MODULE=off
ARG CONSUL_VERSION=v1.20.1
RUN go get github.com/hashicorp/consul || true
WORKDIR /go/src/github.com/hashicorp/consul
RUN git checkout "${CONSUL_VERSION}" && make bin

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /app /app
COPY --from=consul /go/bin/consul /consul
COPY --from=dockerlib /go/bin/dockerlib /dockerlib
ENTRYPOINT ["/app"]

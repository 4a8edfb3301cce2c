FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
# Offline, go.mod says only that htmlparse is indirect.
# want "^go get example.com/htmlparse@v0.23.0 patches the app's dependency tree outside go.mod; bump the direct dependency that brings it in; go.mod selects example.com/htmlparse v0.17.0, an indirect requirement; with --online \\(or a file:// GOPROXY\\), dockerfix reads the module graph and proposes the bump$"
RUN go get example.com/htmlparse@v0.23.0
# A tool installed at a version is not the app's tree, nor is an unpinned go get.
RUN go install golang.org/x/tools/cmd/stringer@v0.20.0 && go get -u ./...
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .
# After the build, a go get changes nothing that was built.
RUN go get example.com/htmlparse@v0.24.0

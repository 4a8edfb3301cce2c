# npm, Go and pip projects in one build context, each read by its own
# ecosystem: a pin is judged against its stage's manifest only.
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
# want "^go get example.com/htmlparse@v0.23.0 patches the app's dependency tree outside go.mod; bump the direct dependency that brings it in; go.mod selects example.com/htmlparse v0.17.0, an indirect requirement; with --online \\(or a file:// GOPROXY\\), dockerfix reads the module graph and proposes the bump$"
RUN go get example.com/htmlparse@v0.23.0
RUN CGO_ENABLED=0 go build -o /out/app .

FROM node:24-alpine AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# want "^npm install minimist@1.2.6 patches the app's dependency tree outside package.json; bump the direct dependency that brings it in; package-lock.json locks minimist 0.0.8 through mkdirp; with --online, dockerfix proposes the bump \\(it needs the registry's versions\\)$"
RUN npm install minimist@1.2.6

FROM python:3.8-slim
WORKDIR /app
COPY requirements*.txt ./
RUN pip install -r requirements.txt
# want "^pip install urllib3==1.26.18 patches the app's dependency tree outside requirements.txt; bump the direct dependency that brings it in; requirements.txt locks urllib3 1.26.5 through requests; with --online, dockerfix proposes the bump \\(it needs the registry's versions\\)$"
RUN pip install urllib3==1.26.18
COPY --from=build /out/app /usr/local/bin/app
COPY --from=assets /app/node_modules ./node_modules
USER 10001

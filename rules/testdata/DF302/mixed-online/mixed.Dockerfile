# test: npm-registry pypi-registry goproxy unsafe-fixes
# npm, Go and pip projects in one build context, each bumped through its
# own registry: the fix of each stage edits its own manifest and lockfile.
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
# Patch GO-2099-0001 in a transitive module.
# want "^go get example.com/htmlparse@v0.23.0 patches the app's dependency tree outside go.mod; bump the direct dependency that brings it in; go.mod selects example.com/htmlparse v0.17.0 through example.com/httpkit$"
RUN go get example.com/htmlparse@v0.23.0
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM node:24-alpine AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
# Patch CVE-2021-44906 in a transitive dependency.
# want "package-lock.json locks minimist 0.0.8 through mkdirp$"
RUN npm install minimist@1.2.6

FROM python:3.8-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
# Pin urllib3 for CVE-2023-45803.
# want "^pip install urllib3==1.26.18 patches the app's dependency tree outside requirements.txt; bump the direct dependency that brings it in; requirements.txt locks urllib3 1.26.5 through requests$"
RUN pip install --no-cache-dir urllib3==1.26.18
COPY --from=build /out/app /usr/local/bin/app
COPY --from=assets /app/node_modules ./node_modules
USER 10001

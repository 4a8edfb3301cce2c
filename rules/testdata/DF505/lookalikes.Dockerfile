FROM golang:1.26 AS build
# A build stage the final image does not contain.
RUN git clone https://github.com/example/tool.git /src && go install golang.org/x/tools/cmd/stringer@latest
FROM node:24-bookworm-slim
# Pinned: a tag, a version, a commit checked out afterwards, a variable.
ARG TOOL_VERSION=v1.4.2
RUN git clone --branch v1.4.2 https://github.com/example/tool.git /opt/tool
RUN git clone --branch "$TOOL_VERSION" https://github.com/example/tool.git /opt/tool2
RUN git clone https://github.com/example/lib /opt/lib && git -C /opt/lib checkout 5f3c2a1d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f
RUN corepack enable && corepack prepare pnpm@10.17.1 --activate && corepack prepare --activate
RUN npm install -g typescript@5.9.3 @angular/cli@20.3.4 && npm install lodash && npm ci
RUN go install golang.org/x/tools/gopls@v0.20.0 && cargo install ripgrep --version 14.1.1 && cargo install --path .
RUN npm install -g ./my-tool.tgz

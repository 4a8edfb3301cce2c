FROM node:24-trixie-slim AS base
# want "COPY to the relative path . with no WORKDIR set"
COPY . .
# want "relative path \"app.js\""
COPY server.js "app.js"
COPY bla.sh /usr/local/bin/blubb.sh
COPY bla.sh "/usr/local/bin/"
COPY src.sh ${SRC_BASE_ENV}
COPY src.sh "$SRC_BASE_ENV"
COPY bla.sh c:\system32\blubb.sh
COPY bla.sh d:/mypath/blubb.sh
ONBUILD COPY foo bar
WORKDIR /app
COPY . .

FROM base
COPY foo bar

FROM node:24-trixie-slim
# want "relative path bar"
COPY foo bar

# A stage built on scratch starts in /: ./ is /, certainly.
FROM scratch AS package
COPY --from=builder /build/package ./
FROM package AS package-too
COPY LICENSE ./

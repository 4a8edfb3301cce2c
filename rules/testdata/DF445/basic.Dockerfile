FROM node:24-trixie-slim
ARG APP=/srv/app/
# want "COPY has several sources, so its destination app must be a directory: end it with /"
COPY package.json package-lock.json app
# want "destination \"/srv/web\" must be a directory"
COPY index.html style.css "/srv/web"
# want "destination \"/srv/json\" must be a directory"
COPY ["a.txt", "b.txt", "/srv/json"]
# want "ADD has several sources"
ADD one.conf two.conf /etc/app
# want "destination [$][{]OUT[}]"
COPY a b ${OUT}
# want "COPY has several sources"
COPY <<EOF <<EOT /etc/conf
a
EOF
b
EOT
COPY a.txt b.txt /srv/
COPY a.txt b.txt ${APP}
COPY a.txt /srv/file.txt
COPY --chown=1000 a.txt dir/
COPY Cargo.toml Cargo.lock .
COPY a b ..
COPY a b sub/.

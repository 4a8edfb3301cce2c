FROM debian:trixie-slim
# Over http, but its checksum is checked.
RUN curl -fsSL -o m4.tgz http://ftp.gnu.org/gnu/m4/m4-1.4.19.tar.gz \
    && echo "3be4a26d825ffdfda52a56fc43246456989a3630093cced3fbddf4771ee58a70  m4.tgz" | sha256sum -c - \
    && tar -xzf m4.tgz
# The build machine itself.
RUN curl -fsS http://localhost:8080/health && wget -q http://127.0.0.1:9000/ready
# apt sources over http are apt's concern: it checks signatures.
RUN echo "deb http://deb.debian.org/debian trixie main" > /etc/apt/sources.list.d/extra.list
# Checks left on, or names that only look alike.
RUN curl --proto '=https' -fsSL -o /tmp/x https://example.org/x && curl -K /etc/curlrc https://example.org/y
ENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1 NPM_CONFIG_STRICT_SSL=true
RUN npm config set strict-ssl true && git -c http.sslVerify=true clone --branch v1 https://example.org/r.git
RUN echo "--trusted-host is a pip option" && pip install --index-url https://pypi.example.org/simple flask==3.1.2

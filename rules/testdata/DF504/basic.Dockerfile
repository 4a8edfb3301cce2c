# test: unsafe-fixes
FROM debian:trixie-slim
# want "curl -k turns TLS certificate checks off.*needs review"
RUN curl -fsSLk -o /tmp/a.tgz https://example.org/a.tgz
# want "curl --insecure turns TLS certificate checks off"
RUN curl --insecure -o /tmp/b.tgz https://example.org/b.tgz
# want:9 "curl -k turns TLS"
RUN curl -fsSL -o /tmp/c.tgz \
    -k \
    https://example.org/c.tgz
# want "wget --no-check-certificate turns TLS certificate checks off"
RUN wget --no-check-certificate -q https://example.org/d.tgz
# want "pip --trusted-host pypi.org turns TLS certificate checks off for that host"
RUN pip install --no-cache-dir --trusted-host pypi.org requests==2.32.5
# want "pip3 --trusted-host files.pythonhosted.org turns"
RUN pip3 install --trusted-host=files.pythonhosted.org flask==3.1.2
# want "npm config set strict-ssl false turns TLS certificate checks off for the registry"
RUN npm config set strict-ssl false && npm ci
# want "yarn config set strict-ssl false turns"
RUN yarn config set strict-ssl false
# want "git -c http.sslVerify=false turns TLS certificate checks off"
RUN git -c http.sslVerify=false clone --branch v1.2.0 https://example.org/repo.git /src
# want "git config http.sslverify false turns TLS"
RUN git config --global http.sslverify false && git clone --branch v1 https://example.org/r.git
# want "GIT_SSL_NO_VERIFY=1 turns TLS certificate checks off for git"
RUN GIT_SSL_NO_VERIFY=1 git clone --branch v2 https://example.org/s.git /s
# want "GIT_SSL_NO_VERIFY=true turns TLS certificate checks off for git"
RUN env GIT_SSL_NO_VERIFY=true git clone --branch v3 https://example.org/t.git /t
# want "export NODE_TLS_REJECT_UNAUTHORIZED=0 turns TLS certificate checks off for Node.js"
RUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci
# want "ENV NODE_TLS_REJECT_UNAUTHORIZED=0 turns TLS certificate checks off for Node.js, in the build and in the container"
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
# want "ENV GIT_SSL_NO_VERIFY=true turns"
ENV LANG=C.UTF-8 GIT_SSL_NO_VERIFY=true TZ=UTC
# want "ENV PYTHONHTTPSVERIFY=0 turns TLS certificate checks off for Python's urllib"
ENV PYTHONHTTPSVERIFY 0
# want "ARG NPM_CONFIG_STRICT_SSL=false turns TLS certificate checks off for npm in the stage's RUNs"
ARG NPM_CONFIG_STRICT_SSL=false
# want "ENV PIP_TRUSTED_HOST=pypi.example.org turns"
ENV PIP_TRUSTED_HOST=pypi.example.org

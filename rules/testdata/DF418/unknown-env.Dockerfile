# test: unsafe-fixes
# python's ENV is not known offline: PYTHON_VERSION may come from it.
FROM python:3.13-slim
ARG VERSION=$PYTHON_VERSION
LABEL python=$PYTHON_VERSION
# Extending a variable the image may set.
ENV PATH=/opt/bin:$PATH LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH
# But a near miss of a name in scope is a mistake wherever it comes from,
ENV APP_HOME=/app
# want "Usage of undefined variable '\\$APP_HOMR' \\(did you mean \\$APP_HOME\\?\\)"
COPY . $APP_HOMR/
# and so is a name set after its use.
# want "'\\$PORT'; it is set on line 15, after this use"
LABEL port=$PORT
ENV PORT=8080
# A name a later pair of the same ENV sets reads the image's value, which
# BuildKit knows and dockerfix does not (Oracle's images set ORACLE_HOME);
# DF449 reports the pair.
ENV ORACLE_HOME=/u01/oracle PATH=$PATH:$ORACLE_HOME/bin
# GOPATH is no near miss of PATH: too far apart in length.
WORKDIR $GOPATH/src
# Nor is HOME one of ROLE: images set the login environment's names
# (gitpod's set HOME).
ARG ROLE=tserver
ENV PYENV_ROOT="$HOME/.pyenv"

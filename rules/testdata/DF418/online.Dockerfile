# test: online
# Online, the base image's ENV is known: APP_HOME comes from it, and any
# other name is undefined, as in BuildKit.
FROM registry.example/multi:1
COPY . $APP_HOME/
# want "Usage of undefined variable '\\$PYTHON_VERSION'"
LABEL python=$PYTHON_VERSION

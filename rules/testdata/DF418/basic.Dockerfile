# BuildKit's testUnmatchedVars: alpine's ENV is PATH alone.
FROM alpine:3.22
# want "Usage of undefined variable '\\$foo'; it is set on line 5, after this use"
COPY $foo .
ARG foo=bar
RUN echo $foo $UNDEFINED_IN_RUN
ARG DIR_BINARIES=binaries/
ARG DIR_ASSETS=assets/
# test: unsafe-fixes
# want "Usage of undefined variable '\\$DIR_ASSET' \\(did you mean \\$DIR_ASSETS\\?\\)"
COPY $DIR_ASSET .
# want "Usage of undefined variable '\\$PAHT' \\(did you mean \\$PATH\\?\\)"
ENV PATH=$PAHT:/tmp/bin
# want "Usage of undefined variable '\\$HOME'"
WORKDIR $HOME/app
# want "'\\$X'; this ENV sets it only after expanding all its values"
ENV X=2 Y=$X
# oobabooga's images: ARG X=${X:-default} reads X before this ARG declares
# it, as BuildKit reports; the near miss declared before is not what it
# means, so no "did you mean" and no fix.
# want "Usage of undefined variable '\\$APP_UID'$"
ARG APP_UID="${APP_UID:-6972}"
# want "Usage of undefined variable '\\$APP_GID'$"
ARG APP_GID="${APP_GID:-6972}"

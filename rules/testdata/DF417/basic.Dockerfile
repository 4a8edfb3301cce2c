# BuildKit's testWorkdirRelativePath: scratch works in /.
FROM scratch
# want "Relative workdir \"app/\" can have unexpected results if the base image changes"
WORKDIR app/
# Only the first one: the later ones follow it.
WORKDIR sub

FROM scratch AS a
WORKDIR /app

FROM a AS b
WORKDIR subdir/

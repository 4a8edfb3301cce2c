# BuildKit's testNoEmptyContinuation: reported on the instruction's last line.
FROM scratch
COPY Dockerfile \

# want "Empty continuation line"
.
COPY Dockerfile \
.

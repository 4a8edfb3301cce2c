# test: unsafe-fixes
# Two users created: which one runs the program is not clear, so the fix
# is unsafe; it takes the last one created, and the finding names both.
# want "the file points at several users: app \\(created on line 6\\), worker \\(created on line 7\\)"
FROM debian:trixie-slim
RUN useradd --system app
RUN useradd --system worker
COPY worker /usr/local/bin/worker
CMD ["worker"]

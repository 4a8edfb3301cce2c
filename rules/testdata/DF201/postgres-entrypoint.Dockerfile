# postgres' own entrypoint chowns the data directory and switches to the
# postgres user with gosu; the Dockerfile keeps it.
# want "drops privileges itself \\(postgres:17, whose entrypoint is kept: its docker-entrypoint.sh switches to postgres with gosu\\)"
FROM postgres:17
COPY init.sql /docker-entrypoint-initdb.d/

# want "Command 'FROM' should match the case of the command majority \\(lowercase\\)"
FROM alpine:3.22 AS build
copy Dockerfile /foo
# want "Command 'RUN' should match the case of the command majority \\(lowercase\\)"
RUN echo \
    hello
run echo
env A=1
# want "Command 'Cmd' should match the case of the command majority \\(lowercase\\)"
Cmd ["sh"]

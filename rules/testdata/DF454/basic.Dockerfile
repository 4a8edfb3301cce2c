# test-config: enable: [DF454]
FROM debian:trixie-slim
RUN /foo.sh
# want "this RUN and the one on line 3 run one command each"
RUN /bar.sh
# a comment
# want "this RUN and the one on line 3"
RUN /baz.sh
WORKDIR /
RUN one
RUN two && three
RUN four
RUN --mount=type=secret,id=foo /foo.sh
RUN /bar.sh
RUN --mount=type=cache,target=/root/.cache a
# want "the one on line 15"
RUN --mount=type=cache,target=/root/.cache b
RUN a | b
RUN c
FROM debian:trixie-slim
RUN d

FROM node:24-alpine AS build
# want "CMD uses the shell form"
CMD node build.js

FROM python:3.13-slim
# The shell form ignores docker run's arguments; the exec form appends
# them, so even a plain ENTRYPOINT's rewrite needs review.
# want "needs review: the shell form ignores the arguments of docker run"
ENTRYPOINT exec python -c "print('hi')"

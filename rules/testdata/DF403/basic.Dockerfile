FROM node:24-alpine AS build
# want "CMD uses the shell form"
CMD node build.js

FROM python:3.13-slim
# want "ENTRYPOINT uses the shell form"
ENTRYPOINT exec python -c "print('hi')"

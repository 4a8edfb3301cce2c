# No CMD: the USER goes at the end of the stage.
# want "no USER in the final stage"
FROM node:24-alpine
COPY . /app

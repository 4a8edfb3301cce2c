# test: date=2026-09-01
# The ARG that names the base image's tag is declared again in the stage,
# whose RUN reads it: a new default changes that step too, so the pin needs
# review.
ARG VARIANT=alpine
# want "node:alpine \\(node:\\$\\{VARIANT\\} by default\\) uses \"alpine\", a variant with no version: every build may get a different release; pin node:26-alpine; needs review: ARG VARIANT on line 8 brings the new value into the build steps of its stage too$"
FROM node:${VARIANT}
ARG VARIANT
RUN echo "built on ${VARIANT}" > /variant
CMD ["node"]

# Created only when the id check fails: the switch is not offered as safe,
# so nothing changes without --unsafe-fixes.
# want "no USER in the final stage"
FROM debian:trixie-slim
RUN id app || useradd --system app
CMD ["run"]

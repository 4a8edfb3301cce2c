FROM debian:trixie-slim
# The RUN ends by replacing the shell: nothing can run after it.
# want "apt-get update leaves the package lists"
RUN apt-get update && apt-get install -y --no-install-recommends curl && exec true

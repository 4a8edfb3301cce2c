FROM debian:trixie-slim
# want "apt-get install without --no-install-recommends also installs the packages these recommend \\(exec form: add --no-install-recommends to the array by hand\\)$"
RUN ["apt-get", "install", "-y", "curl"]
RUN ["apt-get", "install", "-y", "--no-install-recommends", "jq"]
CMD ["bash"]

FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends ruby && rm -rf /var/lib/apt/lists/*
# want "gem install without --no-document generates ri and RDoc documentation into the layer \\(exec form: add --no-document to the array by hand\\)$"
RUN ["gem", "install", "bundler"]
RUN ["gem", "install", "--no-document", "rake"]
CMD ["bash"]

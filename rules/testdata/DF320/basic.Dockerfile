FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends ruby && rm -rf /var/lib/apt/lists/*
# want "gem install without --no-document generates ri and RDoc documentation into the layer"
RUN gem install bundler
RUN gem install --no-document rails && gem install -N puma && gem install --no-doc rake && gem install --no-ri --no-rdoc rack
# want "gem install without --no-document"
RUN gem install --no-ri rack
# want "gem update without --no-document"
RUN gem update --system
RUN gem list && gem cleanup && bundle install
# want "gem i without --no-document"
ONBUILD RUN gem i rake

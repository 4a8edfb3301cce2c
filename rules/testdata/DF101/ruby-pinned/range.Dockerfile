# test: date=2026-12-04
# A Gemfile that takes any 3.4 from the image's patch on takes the new patch: the bump
# stays safe.
# want "^ruby:3\\.4\\.5-slim-trixie: ruby 3\\.4\\.5 is not the latest release of ruby 3.4 \\(3.4.10\\); bump to ruby:3.4.10-slim-trixie$"
FROM ruby:3.4.5-slim-trixie
WORKDIR /app
COPY api/Gemfile api/Gemfile.lock ./
RUN bundle install
COPY api/ .
USER 1000:1000
CMD ["ruby", "app.rb"]

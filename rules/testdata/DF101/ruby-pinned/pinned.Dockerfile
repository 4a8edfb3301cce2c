# test: date=2026-12-04
# The Gemfile requires the Ruby of .ruby-version, 3.4.5, and Bundler
# refuses any other: a bump to another patch breaks bundle install, so the
# fix is unsafe until .ruby-version moves with it.
# want "^ruby:3.4.5-slim-trixie: ruby 3.4.5 is not the latest release of ruby 3.4 \\(3.4.10\\); bump to ruby:3.4.10-slim-trixie; needs review: .ruby-version, which Gemfile reads, requires Ruby 3.4.5 exactly, and Bundler refuses 3.4.10: bump it with the image$"
FROM ruby:3.4.5-slim-trixie
WORKDIR /rails
COPY Gemfile Gemfile.lock .ruby-version ./
RUN bundle install
COPY . .
USER 1000:1000
CMD ["./bin/rails", "server"]

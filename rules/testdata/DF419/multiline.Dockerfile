FROM php:8.4-cli
# BuildKit's docs: a multi-line value becomes one quoted value, lines kept.
# want "legacy"
ENV PHPIZE_DEPS \
		autoconf \
		dpkg-dev dpkg \
		make
# Quotes inside: each run of blanks is quoted, the lines stay.
# want "legacy"
ENV FLAGS \
    "-O2" \
    -g

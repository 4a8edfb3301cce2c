# The value stays exactly what it was: blanks, quotes and escapes.
FROM alpine:3.22
# want "legacy"
ENV GREETING hello   wide world
# want "legacy"
ENV PATH /usr/local/bin:$PATH
# want "legacy"
LABEL maintainer Jane Doe "jane@example.com"
# want "legacy"
LABEL description it\'s '$HOME' "and" \"quoted\"
# want "legacy"
ENV ONE "two words"
# want "legacy"
ENV KEEP a=b

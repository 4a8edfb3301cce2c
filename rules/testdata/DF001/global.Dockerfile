# check=skip=MaintainerDeprecated
FROM debian:trixie-slim
# want "unused ignore: json-args"
# dockerfix global ignore=json-args
MAINTAINER Jane Doe

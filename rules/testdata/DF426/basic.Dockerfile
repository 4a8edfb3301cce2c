# check=experimental=InvalidDefinitionDescription
# bar this is the bar
ARG foo=bar
# BasE this is the BasE image
FROM scratch AS base
# definitely a bad comment
ARG version=latest
# definitely a bad comment
ARG foo=baz bar=qux baz=quux
# test-config: enable: [DF426]
# want:3 "Comment for ARG should follow the format: `# foo <description>`"
# want:5 "Comment for FROM should follow the format: `# base <description>`"
# want:7 "Comment for ARG should follow the format: `# version <description>`"
# want:9 "Comment for ARG should follow the format: `# <arg_key> <description>`"

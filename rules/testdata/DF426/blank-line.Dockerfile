# BuildKit's parser keeps the comments above an instruction across blank
# lines; only an empty # line at the start of a line ends them.
#
FROM alpine:3.22 AS build

# a non-descriptive comment

ARG VERSION=1
 #
ARG OTHER=2
# check=skip=SecretsUsedInArgOrEnv
ARG PASSWORD
# test-config: enable: [DF426]
# want:8 "Comment for ARG should follow the format: `# VERSION <description>`"
# want:10 "Comment for ARG should follow the format: `# OTHER <description>`"
# want:12 "`# PASSWORD <description>`"

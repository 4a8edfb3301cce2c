FROM debian:trixie-slim
# BuildKit's check directive above an instruction skips its checks there only.
# check=skip=MaintainerDeprecated
MAINTAINER Jane Doe
# want "MAINTAINER is deprecated"
MAINTAINER John Doe

# check=skip=MaintainerDeprecated // kept for an old tool

MAINTAINER Kept Too
# BuildKit matches rule names exactly, so this one skips nothing.
# check=skip=maintainerdeprecated
# want "MAINTAINER is deprecated"
MAINTAINER Lower Case
# check=skip=all
MAINTAINER Every Check Skipped
# A malformed option voids the directive.
# check=skip=MaintainerDeprecated;error=perhaps
# want "MAINTAINER is deprecated"
MAINTAINER Bad Option

FROM debian:trixie-slim
# want "label key com.docker.label is in a namespace Docker reserves"
LABEL com.docker.label="foo"
# want "label key io.docker.x is in a namespace"
LABEL io.docker.x="foo"
# want "label key org.dockerproject.x is in a namespace"
LABEL org.dockerproject.x="foo"
# want "label key invalid[$]character has '[$]'"
LABEL invalid$character="foo"
# want "label key .invalid should start with a lower-case letter"
LABEL .invalid ="foo"
# want "label key 1invalid should start"
LABEL 1invalid="foo"
# want "label key Maintainer should start with a lower-case letter" "label key version. should end with a lower-case letter or a digit"
LABEL Maintainer="Jane" version.="1"
# want "label key a..b has two separators in a row"
LABEL a..b=1
# want "label key a--b has two separators"
LABEL a--b=1
# want "label key aB has 'B'"
LABEL "aB"=1
LABEL org.opencontainers.image.source="https://example.com" validlabel="foo" org.valid-key.label3=x a_b/c=1
ONBUILD LABEL Bad=1
# A Docker Desktop extension must carry the Extensions SDK's labels, which
# Docker defines in its own namespace (ArchiveBox's image).
LABEL com.docker.desktop.extension.api.version=">= 1.4.7" com.docker.extension.categories="utility-tools"
# want "label key com.docker.image.source.entrypoint is in a namespace Docker reserves"
LABEL com.docker.image.source.entrypoint=Dockerfile

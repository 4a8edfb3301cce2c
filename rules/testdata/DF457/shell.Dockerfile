# test: unsafe-fixes
FROM example.com/custom:1 AS a
SHELL ["/bin/bash", "-c"]
# want "a pipe without pipefail"
RUN wget -O - https://some.site | wc -l > /number

FROM example.com/custom:1 AS b
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
RUN wget -O - https://some.site | wc -l > /number
SHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]
RUN wget -O - https://some.site | wc -l > /number
SHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]
RUN wget -O - https://some.site | wc -l > /number
SHELL ["pwsh", "-c"]
RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value
SHELL ["/bin/sh", "-o", "pipefail", "-c"]
# want "a pipe without pipefail"
RUN wget -O - https://some.site | wc -l > /number

FROM example.com/custom:1
# An image dockerfix cannot tell: no fix.
# want "a pipe without pipefail"
RUN wget -O - https://some.site | wc -l > /number

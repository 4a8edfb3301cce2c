# BuildKit's testLegacyKeyValueFormat with check directives.
FROM scratch
# check=skip=LegacyKeyValueFormat
ENV testkey value
# check=skip=LegacyKeyValueFormat
LABEL key value

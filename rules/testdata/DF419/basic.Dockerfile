# BuildKit's testLegacyKeyValueFormat.
FROM scratch
# want "\"ENV key=value\" should be used instead of legacy \"ENV key value\" format"
ENV testkey value
# want "\"LABEL key=value\" should be used instead of legacy \"LABEL key value\" format"
LABEL key value
ENV testkey2=value
LABEL key2=value
# The message names the keyword as written.
# want "\"env key=value\" should be used"
env lower value

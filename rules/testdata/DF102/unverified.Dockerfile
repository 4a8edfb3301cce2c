# test: unsafe-fixes
# The catalog knows UBI's tags only from documented conventions: the pin
# may name a tag that does not exist, so it is unsafe.
# want "^redhat/ubi9-minimal has no tag: every build may get a different release; pin redhat/ubi9-minimal:9.8; needs review: the tag is derived from documented conventions, not seen in a registry"
FROM redhat/ubi9-minimal

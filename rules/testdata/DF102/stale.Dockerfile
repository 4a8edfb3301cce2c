# test: date=2026-12-04 unsafe-fixes
# 104 days after the catalog's tag lists: the release latest gives today
# may be newer than the one the catalog knows, so the pin is unsafe.
# want "node has no tag: every build may get a different release; pin node:26; needs review: the catalog's tags are 104 days old"
FROM node
CMD ["node"]

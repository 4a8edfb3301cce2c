# BuildKit's testReservedStageName.
# want "reserved stage \"scratch\""
FROM alpine:3.22 AS scratch
# want "reserved stage \"context\""
FROM alpine:3.22 AS Context
# An unnamed stage built from scratch is fine.
FROM scratch
FROM scratch AS a

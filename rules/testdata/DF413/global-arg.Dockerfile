# ARGs before the first FROM are neither counted nor reported, as in BuildKit.
arg BASE=alpine:3.22
FROM $BASE
COPY a b
# ONBUILD's own keyword counts, the one it wraps does not.
ONBUILD run echo

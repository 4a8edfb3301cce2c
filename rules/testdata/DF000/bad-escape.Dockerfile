# escape=x
FROM alpine:3.22
# want:1 "invalid escape token"

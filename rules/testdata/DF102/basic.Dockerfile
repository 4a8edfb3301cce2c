# test: date=2026-09-01
# want "node has no tag"
FROM node AS a
# want "python:latest uses the latest tag"
FROM python:latest AS b
# want "node:alpine uses \"alpine\", a variant with no version"
FROM node:alpine AS c
# want "myorg/app has no tag"
FROM myorg/app AS d
# Not floating: a version, an alias, a digest, a stage, scratch.
FROM node:lts AS e
FROM debian:bookworm AS f
FROM node@sha256:1111111111111111111111111111111111111111111111111111111111111111 AS g
FROM a
FROM scratch

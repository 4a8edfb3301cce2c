# Supported releases on the date: no findings.
FROM golang:1.26-alpine AS build
RUN go build -o /out/app .
FROM node:26-alpine AS web
FROM python:3.14-slim AS py
FROM debian:trixie-slim AS deb
FROM ubuntu:24.04 AS ubu
FROM alpine:3.22 AS alp
FROM gcr.io/distroless/static-debian13:nonroot AS distroless
FROM myregistry.example.com/team/base:1.0
COPY --from=build /out/app /app

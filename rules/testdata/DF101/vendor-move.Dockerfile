# test: date=2026-12-04
# A vendor move is unsafe, even to the same JDK line.
# want "^openjdk:11: .* bump to eclipse-temurin:25 \\(openjdk 11 → eclipse-temurin 25\\), or to eclipse-temurin:11 \\(openjdk 11 → eclipse-temurin 11\\) with --bump minimal; needs review: it moves to another image"
FROM openjdk:11
# want "^maven:3.8-openjdk-11: .* bump to maven:3.9-eclipse-temurin-11 \\(maven 3.8 → 3.9, openjdk 11 → eclipse-temurin 11\\); needs review: a new maven release line, another vendor's build"
FROM maven:3.8-openjdk-11 AS build

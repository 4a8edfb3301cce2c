# test: unsafe-fixes
# maven:3.9.3 names no JDK, and the tag set no longer lists it: it was built
# when the default JDK was Temurin 17. maven:3.9.16 bundles Temurin 26,
# past its end, so the bump goes where DF101 sends maven:3.9.16, Temurin
# 25. The JDK may change: unsafe.
# want "maven 3.9.3 is not the latest patch of maven 3.9 \\(3.9.16\\); bump to maven:3.9.16-eclipse-temurin-25 \\(to eclipse-temurin 25\\); needs review: the eclipse-temurin release the old tag bundles is not known"
FROM maven:3.9.3 AS build
# Naming the JDK keeps it: a safe bump.
# want "maven 3.9.9 is not the latest patch of maven 3.9 \\(3.9.16\\); bump to maven:3.9.16-eclipse-temurin-21$"
FROM maven:3.9.9-eclipse-temurin-21 AS build21

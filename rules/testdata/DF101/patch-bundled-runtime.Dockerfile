# test: unsafe-fixes
# maven:3.9.3 names no JDK, and the tag set no longer lists it: it was built
# when the default JDK was Temurin 17 on Ubuntu 22.04. maven:3.9.16 bundles
# Temurin 26, past its end, so the bump goes where DF101 sends
# maven:3.9.16, Temurin 25 on Ubuntu 24.04. Both may change: unsafe.
# want "maven 3.9.3 is not the latest release of maven 3.9 \\(3.9.16\\); bump to maven:3.9.16-eclipse-temurin-25 \\(to eclipse-temurin 25, to ubuntu 24.04\\); needs review: the old tag's eclipse-temurin and ubuntu releases are not known, so they may change"
FROM maven:3.9.3 AS build
# Naming the JDK keeps it; the Ubuntu release under it is still unknown.
# want "maven 3.9.9 is not the latest release of maven 3.9 \\(3.9.16\\); bump to maven:3.9.16-eclipse-temurin-21 \\(to ubuntu 24.04\\); needs review: the old tag's ubuntu release is not known, so it may change"
FROM maven:3.9.9-eclipse-temurin-21 AS build21

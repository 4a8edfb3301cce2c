# escape=`
# On Windows, /dev is C:\dev, a directory like any other (fluent-bit's
# Windows build works in it).
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS builder
ENV VCPKG_ROOT=/dev/vcpkg
WORKDIR /dev
RUN git clone https://github.com/microsoft/vcpkg %VCPKG_ROOT%

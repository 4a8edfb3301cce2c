# escape=`
# test: unsafe-fixes
# want "bump to mcr.microsoft.com/dotnet/aspnet:10.0"
FROM mcr.microsoft.com/dotnet/aspnet:6.0
# want "windows-server-core 1809 reached end of support on 2020-11-10; bump to mcr.microsoft.com/windows/servercore:ltsc2025"
FROM mcr.microsoft.com/windows/servercore:1809
# Supported until 2027-01: no finding.
FROM mcr.microsoft.com/windows/servercore:ltsc2016
RUN powershell -Command `
    Write-Host hi

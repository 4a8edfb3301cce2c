# escape=`
# Windows runs as ContainerAdministrator: named as such, no Linux user fix.
# want "runs as an administrator: no USER in the final stage"
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN powershell -Command Write-Host hi

# escape=`
# test: unsafe-fixes
# Windows runs as ContainerAdministrator: named as such, no Linux user fix.
# (Unsafe here: without CMD or ENTRYPOINT it may be a base image.)
# want "runs as an administrator: no USER in the final stage"
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN powershell -Command Write-Host hi

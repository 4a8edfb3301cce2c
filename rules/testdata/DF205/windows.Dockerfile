# Windows users have names only.
FROM mcr.microsoft.com/windows/servercore:ltsc2022
USER ContainerUser

FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN kill 1
FROM debian:trixie-slim
SHELL ["pwsh", "-c"]
RUN Get-Process | top

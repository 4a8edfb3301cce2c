FROM mcr.microsoft.com/windows/servercore:ltsc2022
# cmd.exe, not a Bourne shell: the script is not read.
RUN curl -fsSL https://example.org/install.cmd | cmd
FROM debian:trixie-slim
SHELL ["pwsh", "-Command"]
RUN curl -fsSL https://example.org/install.ps1 | sh

FROM mcr.microsoft.com/powershell:lts-7.4-ubuntu-22.04
SHELL ["pwsh", "-Command"]
CMD Write-Host hi
FROM build-stage-does-not-exist-so-image AS second
CMD ["ok"]
FROM mcr.microsoft.com/dotnet/framework/runtime:4.8.1
ENTRYPOINT WcfClient.exe
FROM mcr.microsoft.com/windows/servercore:ltsc2022
CMD dir

# test: unsafe-fixes
# .NET's Linux images ship the app user; its Windows Server Core images do
# not: the fix switches to Windows' own ContainerUser.
# want "the container runs as an administrator: no USER in the final stage"
FROM mcr.microsoft.com/dotnet/aspnet:10.0-windowsservercore-ltsc2022
WORKDIR /app
COPY app/ .
ENTRYPOINT ["dotnet", "aspnetapp.dll"]

# escape=`
# test: unsafe-fixes
# Images built on Windows Server Core run as ContainerAdministrator and ship
# ContainerUser: .NET Framework, the language images' Windows variants.
FROM mcr.microsoft.com/dotnet/framework/sdk:4.8.1 AS build
RUN msbuild app.sln

# want "runs as an administrator: no USER in the final stage"
FROM mcr.microsoft.com/dotnet/framework/runtime:4.8.1
COPY --from=build /app /app
ENTRYPOINT ["C:\\app\\app.exe"]

# escape=`
# test: date=2029-02-01 unsafe-fixes
# .NET Framework's support follows the Windows release in the tag. 4.8 ships
# on ltsc2016 and ltsc2019 only, 4.8.1 on ltsc2022 and ltsc2025: leaving
# ltsc2019 moves to 4.8.1, on the oldest supported Windows release since
# only the Windows part ended.
# want "^mcr.microsoft.com/dotnet/framework/runtime:4.8-windowsservercore-ltsc2019: windows-server-core 2019 reached end of support on 2029-01-09; bump to mcr.microsoft.com/dotnet/framework/runtime:4.8.1-windowsservercore-ltsc2022 \\(dotnet-framework 4.8 → 4.8.1, windows-server-core 2019 → 2022\\); needs review: a new dotnet-framework release line, a new windows-server-core release"
FROM mcr.microsoft.com/dotnet/framework/runtime:4.8-windowsservercore-ltsc2019 AS runtime
# 3.5 runs on CLR 2: never bumped to 4.x.
# want "^mcr.microsoft.com/dotnet/framework/sdk:3.5-windowsservercore-ltsc2019: .*no supported tag of this image to move to"
FROM mcr.microsoft.com/dotnet/framework/sdk:3.5-windowsservercore-ltsc2019 AS sdk35
FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2022
RUN powershell -Command `
    Write-Host hi

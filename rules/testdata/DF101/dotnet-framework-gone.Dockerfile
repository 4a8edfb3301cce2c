# test: date=2026-12-04 unsafe-fixes
# 4.7.2 is supported but its images were removed: the tag is no longer rebuilt.
# want "^mcr.microsoft.com/dotnet/framework/runtime:4.7.2-windowsservercore-ltsc2019: no tag of dotnet-framework 4.7.2 is published any more, so this one gets no updates; bump to mcr.microsoft.com/dotnet/framework/runtime:4.8.1-windowsservercore-ltsc2025 .*, or to mcr.microsoft.com/dotnet/framework/runtime:4.8-windowsservercore-ltsc2019 \\(dotnet-framework 4.7.2 → 4.8\\) with --bump minimal"
FROM mcr.microsoft.com/dotnet/framework/runtime:4.7.2-windowsservercore-ltsc2019 AS runtime
# The Docker Hub name moved to MCR.
# want "^microsoft/aspnet:4.7.1: microsoft/aspnet is deprecated; bump to mcr.microsoft.com/dotnet/framework/aspnet:4.8.1 .*needs review: it moves to another image"
FROM microsoft/aspnet:4.7.1

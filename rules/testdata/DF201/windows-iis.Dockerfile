# escape=`
# IIS runs its service as an administrator: a finding, but no USER to
# switch to (ASP.NET on .NET Framework is IIS too).
# want "runs as an administrator: no USER in the final stage"
FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8.1
COPY site/ /inetpub/wwwroot

# Azure Functions' Python image copies a whole python stage over the .NET
# runtime image: python's dpkg database, /etc/passwd and libraries replace
# the image's own.
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS runtime-image
RUN dotnet publish -o /azure-functions-host

FROM python:3.13-slim-trixie AS python
RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 && rm -rf /var/lib/apt/lists/*

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0
COPY --from=runtime-image ["/azure-functions-host", "/azure-functions-host"]
# want "COPY --from=python / / copies the whole filesystem of a stage built on python:3.13-slim-trixie over this image's"
COPY --from=python [ "/", "/" ]
# want "COPY --from=python / /"
COPY --from=python // /
COPY --from=python / /python-root/
COPY --from=python /usr/local /usr/local

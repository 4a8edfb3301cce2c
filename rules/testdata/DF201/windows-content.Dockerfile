# test: unsafe-fixes
# An image of a name no Windows image carries (microsoft/wcf) is a Windows
# stage by what it writes: it runs as ContainerAdministrator, and a
# USER 10001:10001 would mean nothing there. No fix: the image is unknown.
# want "the container runs as an administrator: no USER in the final stage \\(Windows images run as ContainerAdministrator"
FROM microsoft/wcf:4.6.2
RUN windows\system32\inetsrv\appcmd.exe set app 'Default Web Site/' /enabledProtocols:"http,net.tcp"
EXPOSE 808
WORKDIR /inetpub/wwwroot
COPY . .

# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
# want "MAINTAINER is deprecated"
MAINTAINER C:\Users\ann "x"

FROM debian:trixie-slim
# want "apt update in a script: use apt-get update" "apt install in a script: use apt-get install"
RUN apt update && apt install -y --no-install-recommends curl
# want "apt full-upgrade in a script: use apt-get dist-upgrade"
RUN apt-get update && apt full-upgrade -y
# want "apt upgrade in a script: use apt-get upgrade --with-new-pkgs, which does the same \\(needs review"
RUN apt-get update && apt upgrade -y
# want "apt list is meant for people, not scripts"
RUN apt list --installed > /packages.txt
# want "apt search is meant for people"
RUN apt search curl
# want "apt autoremove in a script: use apt-get autoremove"
RUN /usr/bin/apt autoremove -y
# want "apt remove in a script" "apt purge in a script"
RUN sudo apt remove -y curl; apt purge -y git
RUN apt-get install -y curl && apt-cache policy curl && aptitude --version && echo apt install x
# want "apt is meant for people, not scripts"
RUN apt

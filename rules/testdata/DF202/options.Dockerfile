FROM debian:trixie-slim
# want "remove it by hand"
RUN sudo -i apt-get update
# want "remove it by hand"
RUN echo secret | sudo -S apt-get update
# want "remove it by hand"
RUN sudo -s ls
# want "sudo -u postgres in RUN: drop privileges with USER postgres"
RUN sudo -u postgres psql -c 'select 1'
# want "sudo -u app in RUN"
RUN sudo --user app touch /home/app/x
# want "remove it by hand"
RUN sudo -v
# want "remove it by hand"
RUN sudo -g staff touch /x
# want "remove it by hand"
RUN sudo --chdir=/tmp ls
# want "sudo -u \"\\$TARGET\" in RUN"
RUN sudo -u "$TARGET" ls
# want "sudo -u \\$\\{USERNAME\\} in RUN: drop privileges with USER \\$\\{USERNAME\\}"
RUN sudo -u ${USERNAME} npm config set prefix /home/${USERNAME}/.npm-global
# want "sudo -u \\$U in RUN"
RUN sudo --user=$U ls
# want "sudo -u \\$\\{U\\} in RUN"
RUN sudo -Eu${U} ls
# want "sudo is unnecessary"
RUN sudo -EHu root FOO=bar make install
# want "sudo is unnecessary"
RUN sudo -n -g 0 -u '#0' -- ls

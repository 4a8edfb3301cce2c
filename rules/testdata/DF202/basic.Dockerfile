FROM debian:trixie-slim
# want "sudo is unnecessary"
RUN sudo apt-get update
# want "sudo is unnecessary" "sudo is unnecessary"
RUN sudo apt-get update && sudo -E apt-get install -y curl
# want "sudo is unnecessary" "sudo is unnecessary" "sudo is unnecessary"
RUN cd /tmp; sudo make install; (sudo ldconfig) || sudo true
# want "sudo is unnecessary"
RUN if [ -f /etc/foo ]; then sudo rm /etc/foo; fi
# want "sudo is unnecessary"
RUN echo "deb http://example.com stable main" | sudo -H -u root tee /etc/apt/sources.list.d/x.list
# want "sudo is unnecessary"
RUN sudo --user=root --preserve-env -- chmod 600 /etc/shadow
# want "sudo is unnecessary"
RUN for f in a b; do sudo touch "/$f"; done
# want "sudo is unnecessary" "sudo is unnecessary"
RUN echo "$(sudo cat /etc/hostname)" && ls | xargs sudo rm -f
# want "sudo is unnecessary"
RUN --mount=type=cache,target=/var/cache/apt sudo apt-get install -y git
# want "sudo is unnecessary"
RUN "sudo" /usr/bin/sudo-less-command
# want "sudo is unnecessary"
RUN /usr/bin/sudo -EH FOO=bar make install
# sudo as an argument, a string or a program it looks for: not a finding
RUN apt-get install -y sudo && echo sudo && command -v sudo && which sudo
RUN echo "sudo rm -rf /" && bash -c 'sudo true' && sudoku --solve && ./sudo.sh
# want "remove it from the exec form"
RUN ["sudo", "apt-get", "update"]

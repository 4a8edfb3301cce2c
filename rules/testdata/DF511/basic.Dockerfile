FROM ubuntu:24.04
# want "^chpasswd sets a password at build time: its hash stays in the image's /etc/shadow"
RUN echo 'root:root' | chpasswd
# want "^chpasswd sets a password"
RUN chpasswd < /tmp/users.txt
# want "^passwd sets a password at build time"
RUN echo secret | passwd --stdin app
# want "^passwd removes the password: the account then logs in with none; lock it instead \\(passwd -l\\)$"
RUN passwd -d root
# want "^useradd sets a password at build time"
RUN useradd -m -p "$(openssl passwd -1 secret)" app2
# want "^usermod removes the password"
RUN usermod -p '' app2
# want "^chpasswd sets a password"
RUN ["chpasswd", "-e"]
# Locking an account, a locked password, and words that only mention
# chpasswd change no password.
RUN passwd -l root && usermod -p '!' app2 && useradd -p '*' app3
RUN echo chpasswd > /tmp/note && chgrp root /etc/passwd
# A password made up at random, which no one knows, locks the account
# (nextcloud's all-in-one images).
RUN echo "root:$(openssl rand -base64 12)" | chpasswd
USER app2
CMD ["bash"]

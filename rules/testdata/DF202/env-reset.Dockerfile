# sudo resets the environment: the command sees none of the Dockerfile's
# ENV, and PATH is sudo's secure_path. Without sudo, npm sees
# NODE_ENV=production and skips the devDependencies a later step may need,
# so that removal needs review. sudo -E keeps the environment: removing it
# changes nothing.
FROM debian:trixie-slim
ENV NODE_ENV=production
# want "sudo is unnecessary: this RUN already runs as root \\(needs review: sudo resets the environment, so without it the command also sees NODE_ENV, which the ENV on line 7 sets\\)"
RUN sudo npm install
# want "sudo is unnecessary: this RUN already runs as root$"
RUN sudo -E npm install
USER 1000
CMD ["node", "server.js"]

FROM debian:trixie-slim AS script
# The script's own variables: sudo resets them too.
# want "sudo is unnecessary: this RUN already runs as root \\(needs review: sudo resets the environment, so without it the command also sees PIP_INDEX_URL, which the script exports before it\\)"
RUN export PIP_INDEX_URL=https://mirror.example/simple && sudo pip install flask
# want "sudo is unnecessary: this RUN already runs as root \\(needs review: sudo resets the environment, so without it the command also sees NODE_ENV, which the script sets before sudo\\)"
RUN NODE_ENV=production sudo npm install
# want "sudo is unnecessary: this RUN already runs as root$"
RUN DEBIAN_FRONTEND=noninteractive sudo apt-get install -y curl
# An export after the call, or a plain shell variable, reaches nothing.
# want "sudo is unnecessary: this RUN already runs as root$"
RUN sudo npm install && export NODE_ENV=production
# want "sudo is unnecessary: this RUN already runs as root$"
RUN V=1; sudo npm install

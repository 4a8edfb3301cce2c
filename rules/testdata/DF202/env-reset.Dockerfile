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

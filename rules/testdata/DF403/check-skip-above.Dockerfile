FROM node:24-alpine
# check=skip=JSONArgsRecommended
ENTRYPOINT node server.js
# An empty comment line ends the comments above an instruction.
# check=skip=JSONArgsRecommended
#
# want "CMD uses the shell form"
CMD node worker.js

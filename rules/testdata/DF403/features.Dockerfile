FROM node:24-alpine
# want "shell features"
CMD npm run migrate && node server.js
# want "shell features"
CMD node server.js --port $PORT
# want "shell features"
CMD cd /app; node server.js
# want "shell features"
CMD node *.js
# want "CMD uses the shell form"
CMD node \
    server.js
CMD ["node", "server.js"]

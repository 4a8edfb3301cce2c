FROM node:24-alpine AS build
CMD ["node", "build.js"]
FROM node:24-alpine
# want "CMD is overridden by the CMD on line 9"
CMD ["npm", "start"]
# want "ENTRYPOINT is overridden by the ENTRYPOINT on line 10"
ENTRYPOINT ["tini", \
    "--"]
CMD ["node", "server.js"]
ENTRYPOINT ["/sbin/tini", "--"]
# want "HEALTHCHECK is overridden"
HEALTHCHECK CMD wget -q -O- localhost:3000
HEALTHCHECK --interval=30s CMD wget -q -O- localhost:3000/health
ONBUILD CMD ["x"]

# A Node program that calls process.setuid.
# want "drops privileges itself \\(agent.js mentions setuid \\(read as text\\)\\)"
FROM node:24-alpine
COPY agent.js /app/
CMD ["node", "/app/agent.js"]

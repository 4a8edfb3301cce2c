# nginx's master process stays root and runs its workers as nginx.
# want "drops privileges itself \\(nginx:1.29-alpine, whose entrypoint is kept: nginx's master process starts as root and runs its workers as nginx\\)"
FROM nginx:1.29-alpine
COPY dist/ /usr/share/nginx/html/

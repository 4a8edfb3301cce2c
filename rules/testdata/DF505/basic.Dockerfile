FROM node:24-bookworm-slim
# want "git clone https://github.com/example/tool.git takes its default branch as it is at build time; clone a tag or check out a commit"
RUN git clone https://github.com/example/tool.git /opt/tool
# want "git clone https://github.com/example/lib takes branch main as it is at build time"
RUN git clone --depth 1 -b main https://github.com/example/lib /opt/lib
# want "corepack prepare pnpm@latest installs pnpm at whatever version is newest at build time; name a version"
RUN corepack enable && corepack prepare pnpm@latest --activate
# want "corepack install yarn installs yarn at whatever"
RUN corepack install -g yarn
# want "npm install -g typescript installs typescript at whatever version is newest at build time; name a version \\(typescript@<version>\\)"
RUN npm install -g typescript
# want "npm install -g @angular/cli@latest installs @angular/cli at whatever"
RUN npm i --global @angular/cli@latest
# want "yarn global add nodemon installs nodemon"
RUN yarn global add nodemon
# want "go install golang.org/x/tools/gopls@latest fetches the newest golang.org/x/tools/gopls at build time"
RUN go install golang.org/x/tools/gopls@latest
# want "cargo install ripgrep fetches the newest ripgrep at build time"
RUN cargo install ripgrep

FROM debian:trixie-slim
# want "apt update in a script: use apt-get update, which does the same with a stable interface \\(exec form: write apt-get in the array by hand\\)$"
RUN ["apt", "update"]
# want "^apt list is meant for people, not scripts: its output may change; use apt-cache or apt-get \\(exec form: write it in the array by hand\\)$"
RUN ["apt", "list", "--installed"]
RUN ["apt-get", "install", "-y", "--no-install-recommends", "curl"]
CMD ["bash"]

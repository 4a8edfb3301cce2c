# An exec-form RUN asks as the shell form does; the finding has no fix.
FROM debian:trixie-slim
# want "apt-get install without -y may stop at a confirmation prompt, which fails the build \\(exec form: add -y to the array by hand\\)$"
RUN ["apt-get", "install", "curl"]
RUN ["apt-get", "install", "-y", "jq"]
# want "zypper install without --non-interactive may stop at a confirmation prompt"
RUN ["zypper", "install", "git"]
CMD ["bash"]

FROM rockylinux/rockylinux:9
# want "dnf install leaves its cache in the layer \\(exec form: nothing can run after it: use the shell form and end the RUN with dnf clean all\\)$"
RUN ["dnf", "install", "-y", "git"]
RUN --mount=type=cache,target=/var/cache/dnf ["dnf", "install", "-y", "jq"]
CMD ["bash"]

FROM debian:trixie-slim
# An exec-form update, read by the exec-form install after it.
# want "apt-get update in a RUN that installs nothing from it: apt-get install on line 5 reads the index cached in this layer, which goes stale while the build cache reuses it \\(exec form: update in the same RUN as the install\\)$"
RUN ["apt-get", "update"]
RUN ["apt-get", "install", "-y", "curl"]
CMD ["bash"]

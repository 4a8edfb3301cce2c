# test: unsafe-fixes
# want "no USER in the final stage"
FROM registry.access.redhat.com/ubi9/ubi:9.6
RUN dnf install -y python3 && dnf clean all
CMD ["python3", "-m", "http.server"]

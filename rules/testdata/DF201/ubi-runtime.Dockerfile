# Red Hat's runtime images run as a user of their own: sclorg's python-312
# ends in USER 1001, as its README's example build expects (USER 0 to copy,
# then back to 1001). No USER in the file is no root here.
FROM registry.access.redhat.com/ubi9/python-312
USER 0
COPY app-src .
RUN chown -R 1001:0 ./
USER 1001
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "app.py"]

# want "the container runs as root: no USER in the final stage \\(registry.access.redhat.com/ubi9/ubi-minimal:9.6 runs as root by default\\)"
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.6
CMD ["sleep", "infinity"]

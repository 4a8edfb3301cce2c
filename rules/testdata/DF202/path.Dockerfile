# test: unsafe-fixes
# sudo looks programs up in its secure_path: where the Dockerfile puts a
# directory of its own first on PATH, removing sudo may run another pip.
FROM python:3.13-slim
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
# want "sudo is unnecessary: this RUN already runs as root \\(needs review: the ENV on line 6 puts /opt/venv/bin before the system directories"
RUN sudo pip install requests
# A path is not looked up, nor is a program behind an appended directory.
# want "sudo is unnecessary: this RUN already runs as root$"
RUN sudo /usr/bin/apt-get update
ENV PATH=$PATH:/opt/tools/bin
# want "sudo is unnecessary: this RUN already runs as root$"
RUN sudo pip install requests
CMD ["python"]

# A build stage the image does not contain keeps its /etc/shadow to itself.
FROM ubuntu:24.04 AS test
RUN echo 'root:root' | chpasswd
FROM ubuntu:24.04
USER ubuntu
CMD ["bash"]

# tini runs the script, which CMD names; the script runs another one,
# which drops privileges with setpriv.
# want "drops privileges itself \\(run.sh calls setpriv\\)"
FROM debian:trixie-slim
COPY entrypoint.sh run.sh /opt/app/
ENTRYPOINT ["/usr/bin/tini", "-g", "--"]
CMD ["/opt/app/entrypoint.sh"]

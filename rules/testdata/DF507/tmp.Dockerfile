# test: unsafe-fixes
FROM debian:trixie-slim
# A numeric mode clears /tmp's sticky bit: the fix restores 1777, never 755,
# which would keep every other user from writing there.
# want "chmod 777 leaves /tmp without the sticky bit: any user can delete or replace the files of another there$"
RUN chmod 777 /tmp
# want "chmod 0777 leaves /var/tmp/ and the rest without the sticky bit"
RUN chmod 0777 /var/tmp/ /dev/shm
# /tmp among other operands: no mode suits both.
# want "chmod 777 makes /app and the rest writable by every user \\(no fix: 755 would keep other users from writing to /tmp, which needs mode 1777\\)$"
RUN chmod 777 /app /tmp
# A symbolic mode keeps the sticky bit: nothing to report.
RUN chmod a+w /tmp
# Symbolic, with /tmp among other operands: no narrower mode to name.
# want "chmod a\\+w makes /app and the rest writable by every user$"
RUN chmod a+w /app /tmp
# Already sticky: nothing to report.
RUN chmod 1777 /tmp
CMD ["bash"]

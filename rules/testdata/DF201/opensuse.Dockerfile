# test: unsafe-fixes
# openSUSE's images may have no useradd (shadow): the fix only switches to
# a UID.
# want "the container runs as root: no USER in the final stage"
FROM opensuse/leap:15.6
RUN zypper --non-interactive install --no-recommends python3 && zypper clean --all
COPY app.py /app/app.py
CMD ["python3", "/app/app.py"]

# A COPY straight into s6-overlay's service directory.
# want "drops privileges itself \\(COPY on line 5 adds files to s6-overlay's /etc/s6-overlay/s6-rc.d\\); no USER fix offered"
FROM example.com/base/s6:3
COPY app /usr/local/bin/app
COPY s6-rc.d/app/ /etc/s6-overlay/s6-rc.d/app/

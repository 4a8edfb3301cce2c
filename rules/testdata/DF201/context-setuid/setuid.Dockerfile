# A Python start script that calls a drop_privs helper, read as text.
# want "drops privileges itself \\(start.py mentions drop_privs_to \\(read as text\\)\\)"
FROM python:3.13-alpine
COPY start.py /
CMD /start.py

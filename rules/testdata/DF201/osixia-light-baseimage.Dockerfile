# osixia/light-baseimage's ENTRYPOINT, /container/tool/run, sets up the
# services as root and starts each as the user it picks: a USER would keep
# osixia/openldap's slapd from binding port 389.
# want "drops privileges itself \\(osixia/light-baseimage:1.3.2, whose entrypoint is kept: its /container/tool/run starts the image's services as root, and each runs as the user it picks \\(osixia/openldap's slapd -u openldap\\)\\); no USER fix offered"
FROM osixia/light-baseimage:1.3.2
RUN groupadd -g 911 -r openldap && useradd -u 911 -r -g openldap openldap
COPY service /container/service
RUN /container/tool/install-service
EXPOSE 389 636

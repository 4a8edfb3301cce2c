# slapd -u binds its ports as root and then switches to the user it names,
# as osixia/openldap's service script runs it.
# want "drops privileges itself \\(CMD runs slapd -u, which switches to that user itself\\); no USER fix offered"
FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends slapd && rm -rf /var/lib/apt/lists/*
CMD ["slapd", "-h", "ldap:/// ldapi:///", "-u", "openldap", "-g", "openldap", "-d", "256"]

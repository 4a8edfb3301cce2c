# Vendors' images whose Dockerfiles create their user with a fixed UID:
# vulhub's Nexus image switches to root to edit the configuration, then back
# (sonatype/nexus3: useradd --uid 200 nexus).
FROM sonatype/nexus3:3.21.1
USER root
RUN sed -i 's/diskFreeSpaceLimit=4096/diskFreeSpaceLimit=512/' /opt/sonatype/nexus/etc/karaf/system.properties
# want "USER nexus names a user, not a UID: .*; write its UID \\(200, as sonatype/nexus3:3.21.1 ships it\\)"
USER nexus

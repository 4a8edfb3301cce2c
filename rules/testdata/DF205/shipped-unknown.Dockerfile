# A user the base image ships whose UID the catalog does not fix: no fix.
FROM docker:27-dind-rootless
# want "USER rootless names a user, not a UID: .*; write its UID$"
USER rootless

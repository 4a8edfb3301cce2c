# EMQX's image creates emqx with useradd -u 1000; a plugin image switches to
# root to install a driver, then back.
FROM emqx/emqx:5.8.0
USER root
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
# want "USER emqx names a user, not a UID: .*; write its UID \\(1000, as emqx/emqx:5.8.0 ships it\\)"
USER emqx

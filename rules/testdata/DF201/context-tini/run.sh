exec setpriv --reuid=app --regid=app --init-groups /opt/app/server

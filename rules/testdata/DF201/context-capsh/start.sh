#!/bin/bash
# As pi-hole's start.sh: the option's value is a quoted variable.
start_ftl() {
	capsh --user="${DNSMASQ_USER}" --keep=1 -- -c "/usr/bin/pihole-FTL $FTL_CMD >/dev/null" &
	wait $!
}
start_ftl

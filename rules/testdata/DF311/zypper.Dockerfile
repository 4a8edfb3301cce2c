FROM opensuse/leap:15.6
# want "zypper install without --non-interactive"
RUN zypper install curl && zypper clean
# zypper's -n after install or remove is --name: the command still asks.
# want "zypper in -n means --name, not --non-interactive"
RUN zypper in -n curl
RUN zypper -n install curl && zypper --non-interactive in git && zypper install -y jq && zypper in --no-confirm tar
RUN zypper patch -n && zypper -qn in git
RUN zypper refresh && zypper search curl
# want "zypper up without --non-interactive"
RUN zypper up

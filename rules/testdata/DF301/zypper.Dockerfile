# test: osv
FROM opensuse/leap:15.6
# want `^piecemeal upgrade of openssl-3; drops the upgrade, unverified: dockerfix does not know the release of opensuse/leap:15.6$`
RUN zypper --non-interactive up openssl-3 && zypper clean -a
# want `^piecemeal pin of curl=8.6.0-150600.4.6.1; drops the pin, unverified: dockerfix does not know the release of opensuse/leap:15.6$`
RUN zypper --non-interactive in curl=8.6.0-150600.4.6.1 && zypper clean -a

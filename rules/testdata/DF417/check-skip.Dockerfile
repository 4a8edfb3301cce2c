FROM scratch
# check=skip=WorkdirRelativePath
WORKDIR app/
FROM scratch
# hadolint ignore=DL3000
WORKDIR app/

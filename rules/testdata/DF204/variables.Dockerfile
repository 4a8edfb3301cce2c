ARG GLOBAL_UID=1000300
FROM debian:trixie-slim AS base
ARG APP_UID=1000100
# want "UID 1000100"
RUN useradd -u ${APP_UID} app
ARG OTHER_UID
RUN useradd -u "$OTHER_UID" other
ENV SVC_UID=1000200
# want "UID 1000200"
RUN useradd -u "$SVC_UID" svc
ARG GLOBAL_UID
# want "UID 1000300"
RUN useradd --uid $GLOBAL_UID global
# want "UID 1000100" "UID 1000100"
RUN useradd --uid=${APP_UID} app2 && useradd -ru$APP_UID app3 && useradd -u"${SVC_UID}" -l app4
ARG SMALL_UID=1001
RUN useradd -u $SMALL_UID small && useradd -u ${APP_UID:-1} withdefault

FROM base
# want "UID 1000200"
RUN useradd -u "${SVC_UID}" svc2
RUN useradd -u "${APP_UID}" notinherited

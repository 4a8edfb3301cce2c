FROM debian:trixie-slim
# want "useradd with the high UID 1000001 and without -l"
RUN useradd -u 1000001 -m app
# want "UID 123456"
RUN groupadd -g 123456 app && useradd -ru123456 -g app app
# want "UID 100000"
RUN useradd --uid=100000 app1
# want "UID 200000"
RUN useradd --shell /bin/sh --uid 200000 app2
# want "UID 300000"
RUN if ! id app3; then useradd -mu 300000 app3; fi
# want "UID 1000008"
RUN sudo useradd -u 1000008 app9
# want "UID 1000009"
RUN /usr/sbin/useradd -u 1000009 app10
# want "UID 1000020"
RUN useradd --system --home /nonexistent --ui=1000020 app11
# negatives: low UID, -l or --no-log-init given, -u as another option's value, not a command
RUN useradd -u 99999 low && useradd -u 012345 lead
RUN useradd -l -u 1000002 l1 && useradd --no-log-init --uid 1000003 l2 && useradd -lmu 1000004 l3
RUN useradd --no-log -u 1000005 l4 && useradd -u 1000006 -l l5
RUN useradd -c "-u 1000005" c1 && useradd -p -u1000005 c2
RUN echo useradd -u 1000006 e1 && adduser -D -u 1000007 e2
RUN useradd app-without-uid
# want "UID 1000010"
RUN ["useradd", "-u", "1000010", "x1"]
RUN ["useradd", "-l", "-u", "1000011", "x2"]

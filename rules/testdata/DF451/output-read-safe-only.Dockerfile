# Without --unsafe-fixes only the wget whose messages nothing reads is
# quieted.
FROM debian:trixie-slim
# want "wget prints a progress bar"
RUN wget -S --spider https://example.com/a 2>&1 | grep -q 'HTTP/1.1 200'
# want "wget prints a progress bar"
RUN wget https://example.com/b -O /b 2>/tmp/log && grep saved /tmp/log
# want "wget prints a progress bar"
RUN wget https://example.com/g 2>/dev/null

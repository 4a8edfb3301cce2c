# test: unsafe-fixes
# Where the script reads wget's messages, or asks for them, quieting it
# changes what it reads: the fix is unsafe (applied here with
# --unsafe-fixes, left alone without).
FROM debian:trixie-slim
# want "wget prints a progress bar"
RUN wget -S --spider https://example.com/a 2>&1 | grep -q 'HTTP/1.1 200'
# want "wget prints a progress bar"
RUN wget https://example.com/b -O /b 2>/tmp/log && grep saved /tmp/log
# want "wget prints a progress bar"
RUN wget https://example.com/c |& tee /tmp/log
# want "wget prints a progress bar"
RUN { wget https://example.com/d; } &> /tmp/log
# want "wget prints a progress bar"
RUN wget -v https://example.com/e
# want "wget prints a progress bar"
RUN wget --debug https://example.com/f
# Not read: discarded, or stdout only.
# want "wget prints a progress bar"
RUN wget https://example.com/g 2>/dev/null
# want "wget prints a progress bar"
RUN wget -nd -O /h https://example.com/h > /tmp/out

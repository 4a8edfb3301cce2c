FROM debian:trixie-slim
# Downloaded, verified, then run: the pattern the rule asks for.
RUN curl -fsSL https://sh.rustup.rs -o rustup-init.sh \
    && echo "a3cb081f88a6789d104518b30d4aa410009cd08c3822a1226991d6cf0442a0f8  rustup-init.sh" | sha256sum -c - \
    && sh rustup-init.sh -y
# A script file reads the download as data.
RUN curl -s https://example.org/data.json | python3 process.py
# Inline code reads it as data.
RUN curl -s https://example.org/version | sh -c 'read v; echo "$v" > /version'
RUN curl -s https://example.org/version | python3 -c 'import sys; print(sys.stdin.read())'
# A key, not a script.
RUN curl -fsSL https://example.org/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
# No download.
RUN cat install.sh | sh
RUN echo "curl https://example.org | sh"
# A substitution that is an argument, not the script.
RUN python3 fetch.py --token "$(curl -s http://169.254.169.254/token)"

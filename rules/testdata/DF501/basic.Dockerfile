FROM debian:trixie-slim
# want "https://sh.rustup.rs is piped into sh: a script from the network runs unchecked"
RUN curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y
# want "https://deb.nodesource.com/setup_22.x is piped into bash"
RUN curl -fsSL https://deb.nodesource.com/setup_22.x | sudo -E bash -
# want "https://example.org/install.sh is piped into sh"
RUN wget -qO- https://example.org/install.sh | sh
# want "https://install.python-poetry.org is piped into python3"
RUN curl -sSL https://install.python-poetry.org | python3 -
# want "https://aka.ms/getvsdbgsh is piped into bash"
RUN curl -sSL https://aka.ms/getvsdbgsh | bash /dev/stdin -v latest -l /vsdbg
# want "https://example.org/tee.sh is piped into sh"
RUN curl -s https://example.org/tee.sh | tee /tmp/install.log | sh
# want "tools/install.sh is run by sh -c"
RUN sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"
# want "https://example.org/i.sh is run by bash"
RUN bash <(curl -s https://example.org/i.sh)
# want "https://example.org/j.sh is run by bash"
RUN bash < <(curl -s https://example.org/j.sh)
# want "https://example.org/env.sh is run by eval"
RUN eval "$(curl -fsSL https://example.org/env.sh)"
# want "https://example.org/k.sh is run by source"
RUN source <(wget -O- https://example.org/k.sh)
ARG INSTALLER=https://example.org/installer.sh
# want "{INSTALLER} is piped into sh"
RUN curl -fsSL "$INSTALLER" | sh
# want "https://example.org/onbuild.sh is piped into sh"
ONBUILD RUN curl -fsSL https://example.org/onbuild.sh | sh

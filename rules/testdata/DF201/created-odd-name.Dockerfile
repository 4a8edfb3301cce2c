# test: unsafe-fixes
# The users these RUNs create have names a USER line cannot take as
# written: the fix creates its own user instead of switching to them.
# want "no USER in the final stage"
FROM debian:trixie-slim
RUN useradd " root"
RUN useradd '$HOME' && adduser --system 1000
CMD ["app"]

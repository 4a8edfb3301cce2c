# test: unsafe-fixes
# A user created with UID 0 is root by another name, no candidate for the
# switch: the fix creates app instead. (Switching to ops would run as root
# again, and fixing would never settle.)
# want "no USER in the final stage"
FROM debian:trixie-slim
RUN useradd -o -u0 ops
CMD ["sleep", "infinity"]

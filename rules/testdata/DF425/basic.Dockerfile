# BuildKit's testExposeInvalidFormat: the fix keeps the container port, all EXPOSE records.
FROM scratch
# want "found '127.0.0.1:80:80'" "found '\\[::1\\]:8080:8080'" "found '5000:5000'"
EXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000
# want "found '9000:9001/udp'"
EXPOSE 9000:9001/udp
# Invalid specs fail the build: reported, not fixed.
# want "found '300.1.1.1:80:80'"
EXPOSE 300.1.1.1:80:80

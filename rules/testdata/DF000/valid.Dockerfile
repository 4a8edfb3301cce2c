# A file that parses: no DF000.
FROM alpine:3.22
RUN echo ok

FROM alpine:3.22
RUN echo \

# want "Empty continuation line"
    hi

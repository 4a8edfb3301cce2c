FROM alpine:3.22
RUN apk add \
    
    gnupg \

    # comments are not empty lines
    curl \
# want "Empty continuation line"
    git
EXPOSE \
# Port
80

# test: unsafe-fixes
# CentOS 6 ships RubyGems 1.3, which has no --no-document (it came with
# 2.0, in 2013): the option would stop the build there.
FROM centos:6
# want "needs review: centos 6 ships RubyGems older than 2.0"
RUN yum install -y rubygems && gem install sass && yum clean all
USER 1000

#!/usr/bin/env node
// Node drops them with process.setuid.
process.setgid('app');
process.setuid('app');
require('./server');

#!/usr/bin/env python3
import os
os.execvp("gosu", ["gosu", "app", "/app/server"])

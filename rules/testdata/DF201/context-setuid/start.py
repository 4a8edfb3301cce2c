#!/usr/bin/env python3
# As Mailu's start.py: the program drops privileges through a helper.
import os
from socrate import system

system.drop_privs_to('mail')
os.execv("/usr/bin/server", ["server"])

#!/usr/bin/env python3
"""timed.py STDERR_FILE COMMAND ARGS...: runs the command once, its output to /dev/null and STDERR_FILE, and
prints `WALL_SECONDS PEAK_KB`.

Wall time is the clock from just before the command is spawned to just after it has been waited for, so
nothing else (no `date`, no `/usr/bin/time`) is counted. Peak memory is ru_maxrss from wait4(2) for that
one process: the figure `/usr/bin/time -v` prints as "Maximum resident set size" (it reads the same call)."""
import os
import sys
import time

out = os.open(os.devnull, os.O_WRONLY)
err = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
actions = [(os.POSIX_SPAWN_DUP2, out, 1), (os.POSIX_SPAWN_DUP2, err, 2)]
start = time.perf_counter()
pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ, file_actions=actions)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
print(f"{wall:.3f} {usage.ru_maxrss}")

"""Runs one command and prints its wall time and peak memory as JSON: ``probe.py CWD OUT ERR -- ARGV...``.

Why a separate, tiny process: the peak resident set size comes from ``wait4``, which reports the
largest RSS reached by the child or by any process it waited for (the generator, or a ruff it ran).
Linux also charges a child with its parent's memory high-water mark when the child is started by
``vfork``/``posix_spawn`` (the child borrows the parent's address space until ``exec``), so the figure
can never be lower than the spawning process's own peak. This probe imports nothing beyond the
standard library's core and runs with ``-I -S``, so that floor is a few megabytes (the runner reports
it, measured with ``/bin/true``), far below any generator's.
"""

import json
import os
import sys
import time


def main(argv: list[str]) -> int:
    cwd, stdout_path, stderr_path, separator, *command = argv
    if separator != "--" or not command:
        print("usage: probe.py CWD STDOUT STDERR -- COMMAND...", file=sys.stderr)
        return 2
    os.chdir(cwd)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    file_actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, stdout_path, flags, 0o644),
        (os.POSIX_SPAWN_OPEN, 2, stderr_path, flags, 0o644),
    ]
    started = time.perf_counter()
    pid = os.posix_spawnp(command[0], command, dict(os.environ), file_actions=file_actions)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - started
    result = {
        "wall_s": wall,
        "peak_rss_kib": usage.ru_maxrss,  # KiB on Linux
        "returncode": os.waitstatus_to_exitcode(status),
        "cpu_s": usage.ru_utime + usage.ru_stime,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The ``oapigen`` program's entry point, as small as can be: it imports the command line under a guard,
so that Ctrl-C in the first tens of milliseconds, while Python is still importing click and the
generator, ends the run as it does later (``oapigen: interrupted``, exit 130), not with a traceback."""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130
"""As ``cli.EXIT_INTERRUPTED``, which this module must not import."""


def run() -> None:
    try:
        from .cli import run as run_command_line
    except KeyboardInterrupt:
        sys.stderr.write("oapigen: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    run_command_line()

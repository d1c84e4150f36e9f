"""Runs a command on a copy of a spec with one schema description changed: the edit-regenerate loop.

``python edit_spec.py SPEC COPY -- COMMAND...`` writes SPEC to COPY with a unique word (the clock in
nanoseconds) put at the start of the first plain description after the ``schemas`` key, then replaces
itself with COMMAND (``os.execv``), so the probe times the edit and the command as one process tree.
Each run therefore sees a spec it has never seen: oapigen's memo cannot hand back a whole build, and only
what does not depend on the edit (compiled templates, files whose formatted text is already known) is
reused, as in a real edit loop. The edit costs a few milliseconds, included in the figures.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

# A description whose value starts plainly: `description: Text` (YAML) or `"description": "Text` (JSON).
_DESCRIPTION = re.compile(r"""(?:^\s*description:\s*|"description":\s*")(?=[A-Za-z])""", re.MULTILINE)


_SCHEMAS = re.compile(r"""^\s*schemas:\s*$|"schemas":\s*\{""", re.MULTILINE)


def edited(text: str) -> str:
    schemas = _SCHEMAS.search(text)
    start = schemas.end() if schemas else 0
    match = _DESCRIPTION.search(text, start) or _DESCRIPTION.search(text)
    if match is None:
        raise SystemExit("edit_spec.py: the spec has no plain description to edit")
    return f"{text[: match.end()]}edited{time.time_ns()} {text[match.end() :]}"


def main(argv: list[str]) -> None:
    if len(argv) < 4 or argv[2] != "--":
        raise SystemExit(__doc__)
    source, copy, command = Path(argv[0]), Path(argv[1]), argv[3:]
    copy.write_text(edited(source.read_text(encoding="utf-8")), encoding="utf-8")
    os.execv(command[0], command)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Writes a copy of a spec with one schema description changed: the edit of the edit-regenerate loop.

``python edit_spec.py SPEC COPY`` writes SPEC to COPY with a unique word (the clock in nanoseconds) put
at the start of the first plain description after the ``schemas`` key. The benchmark runs it before each
timed run of ``oapigen generate`` on COPY (a case's ``prepare`` step, untimed: the edit is the user's
work, not the generator's). Each run therefore sees a spec it has never seen: oapigen's memo cannot hand
back a whole build, and only what does not depend on the edit (compiled templates, files whose formatted
text is already known) is reused, as in a real edit loop.
"""

from __future__ import annotations

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
    if len(argv) != 2:
        raise SystemExit(__doc__)
    source, copy = Path(argv[0]), Path(argv[1])
    copy.write_text(edited(source.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])

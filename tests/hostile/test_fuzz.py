"""The fuzzer in the suite: a fixed seed and a bounded number of documents (see tests/hostile/fuzz.py).

Each drawn document must give a package that imports, builds its models and runs every method against a
mock transport, or be refused with error lines in the form of DESIGN §6; a document drawn without the
deliberate defects (well-formed) must give a working package, so that refusing a valid document is a
failure too, not a clean outcome. Hypothesis shrinks a failure to a small document and prints it.

    OAPIGEN_FUZZ_EXAMPLES=2000 python -m pytest tests/hostile/test_fuzz.py   # a longer run, same test
    python -m tests.hostile.fuzz --examples 10000 --workers 2                 # the long run, with figures
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.hostile import fuzz

EXAMPLES = int(os.environ.get("OAPIGEN_FUZZ_EXAMPLES", "300"))
WELL_FORMED_EXAMPLES = int(os.environ.get("OAPIGEN_FUZZ_WELL_FORMED_EXAMPLES", "100"))
SEED = int(os.environ.get("OAPIGEN_FUZZ_SEED", "20240606"))


def test_every_document_gives_a_working_package_or_clean_errors(tmp_path: Path) -> None:
    tally = fuzz.Tally()
    fuzz.run(EXAMPLES, SEED, tmp_path, tally)
    print(
        f"fuzz: {tally.documents} documents, {tally.generated} packages ({tally.models} models, "
        f"{tally.calls} calls), {tally.refused} refused: {dict(tally.reasons.most_common(8))}"
    )
    # the run means something only if it exercised both outcomes, and mostly the generating one
    assert tally.documents >= EXAMPLES // 2
    assert tally.generated >= tally.documents // 3, tally
    assert tally.refused >= 1, tally
    assert tally.models >= tally.generated


def test_every_well_formed_document_gives_a_working_package(tmp_path: Path) -> None:
    tally = fuzz.Tally()
    fuzz.run(WELL_FORMED_EXAMPLES, SEED, tmp_path, tally, well_formed=True)
    print(f"fuzz, well-formed: {tally.documents} documents, {tally.generated} packages ({tally.models} models)")
    assert tally.refused == 0, tally  # each refusal fails the property first (with its document)
    assert tally.generated >= WELL_FORMED_EXAMPLES // 2, tally
    assert tally.models >= tally.generated

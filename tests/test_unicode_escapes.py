"""Which characters the generated code escapes does not depend on the running Python's Unicode version.

Python 3.11 carries Unicode 14.0 and 3.12 carries 15.0: a character unassigned in one is assigned in the
other. Deciding by the running version's categories made the same spec give other bytes under another
Python (and ``check`` fail between a developer's and CI's). The decision now reads Unicode 3.2's
categories, frozen in every Python, plus a fixed list of the format characters added since.
"""

from __future__ import annotations

import sys
import unicodedata

import pytest

from generator.render import escaping

_HIDDEN_NOW = {"Cc", "Cf", "Cs", "Co", "Zl", "Zp"}


def test_every_character_hidden_by_this_pythons_unicode_is_escaped() -> None:
    missed = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) in _HIDDEN_NOW and not escaping._hidden(chr(code))
    ]
    assert missed == []


@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\u200b", "\u00ad", "\U000e0001", "\u2028"])
def test_bidirectional_and_invisible_characters_are_escaped(char: str) -> None:
    assert char not in escaping.pystr(f"a{char}b")
    assert char not in escaping.docstring(f"a{char}b")
    assert char not in escaping.markdown(f"a{char}b")


def test_a_character_assigned_after_unicode_14_is_printed_as_it_is_under_every_python() -> None:
    # U+1E030 (a Cyrillic modifier letter) is unassigned in 3.11's Unicode 14.0, a letter in 15.0
    assert escaping.pystr("x\U0001e030") == '"x\U0001e030"'
    assert escaping.docstring("x\U0001e030") == '"""x\U0001e030"""'


def test_the_running_pythons_unicode_tables_are_not_consulted(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(char: str) -> str:
        raise AssertionError("the escaping asked the running Python's Unicode version")

    monkeypatch.setattr(unicodedata, "category", refuse)
    assert escaping.pystr("é\u202e😀") == '"é\\u202e😀"'
    assert escaping.tomlstr("é\u2066") == '"é\\u2066"'

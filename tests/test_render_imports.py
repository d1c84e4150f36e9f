"""A module imports a name only where its body mentions it as a name of its own (render.used_imports)."""

from __future__ import annotations

import pytest

from generator.imports import used_imports


@pytest.mark.parametrize(
    ("code", "mentioned"),
    [
        ("x: Any = 1", True),
        ("Any", True),  # the whole text
        ("(Any)", True),
        ("list[Any]\n", True),
        ("x = obj.Any", False),  # an attribute
        ("x = AnyOf", False),  # the start of a longer name
        ("x = MyAny", False),  # the end of a longer name
        ("x = _Any", False),
        ("x = Any_", False),
        ("x = Any2", False),
        ("x = éAny", False),  # letters beyond ASCII continue a name as well
        ("x = obj.Any + Any", True),  # the second occurrence counts
        ("x = AnyAny.Any", False),
        ("", False),
    ],
)
def test_a_name_is_mentioned_only_on_its_own(code: str, mentioned: bool) -> None:
    assert used_imports(code, members=[("typing", ["Any"])]) == ("\nfrom typing import Any\n" if mentioned else "")


@pytest.mark.parametrize(
    ("code", "mentioned"),
    [
        ('"""Any of the values."""\nx = 1', False),  # a docstring (a description that begins "Any")
        ('x: Literal["Any"]', False),
        ("x = 'Any'", False),
        ("x = 1  # Any\n", False),
        ("x = b'Any' + r\"Any\" + u'Any'", False),
        ("'''Any'''\nx = 1", False),
        ('"""a "quoted" word, \\"\\"\\" and Any"""', False),  # quotes inside, escaped triple quotes
        ('x = "say \\"Any\\""', False),
        ('x = "a # b"; y: Any', True),  # a # inside a string starts no comment
        ("x = 1  # it'''s\ny: Any  # '''", True),  # quotes inside a comment start no string
        ('x = "it\'s"\ny: Any', True),
        ('x = f"{Any}"', True),  # an f-string's braces hold code
        ("x = rf'{Any}' + Fr'{Any}'", True),
        ('x = "Any"; y: Any', True),
    ],
)
def test_strings_docstrings_and_comments_are_not_uses(code: str, mentioned: bool) -> None:
    assert used_imports(code, members=[("typing", ["Any"])]) == ("\nfrom typing import Any\n" if mentioned else "")


def test_only_the_mentioned_names_are_imported_each_module_once() -> None:
    body = "class Item(BaseModel):\n    tags: Annotated[list[str], Field(min_length=1)]\n    at: datetime.datetime\n"
    members = [("typing", ["Any", "Annotated"]), ("pydantic", ["Field"]), ("typing", ["Literal"])]
    block = used_imports(body, ["datetime", "json"], members, [("_models", "BaseModel")], "..")
    assert block == (
        "\nimport datetime\nfrom typing import Annotated\n\nfrom pydantic import Field\n\nfrom .._models import BaseModel\n"
    )

"""A module imports a name only where its body mentions it as a name of its own (render.names_in)."""

from __future__ import annotations

import pytest

from generator.render import names_in


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
    assert names_in(code, ["Any"]) == (["Any"] if mentioned else [])


def test_the_names_come_back_in_the_order_asked() -> None:
    body = "class Item(BaseModel):\n    tags: Annotated[list[str], Field(min_length=1)]\n"
    assert names_in(body, ["Field", "Any", "Annotated", "BaseModel", "Literal"]) == ["Field", "Annotated", "BaseModel"]

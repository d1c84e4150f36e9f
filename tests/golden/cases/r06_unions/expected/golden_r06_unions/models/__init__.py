"""Every model of the API, importable from here; each module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cat import Cat as Cat
    from .circle import Circle as Circle
    from .dog import Dog as Dog
    from .drawing import Drawing as Drawing
    from .drawing import DrawingPositionNamed as DrawingPositionNamed
    from .drawing import DrawingPositionPoint as DrawingPositionPoint
    from .pet import Pet as Pet
    from .shape import Shape as Shape
    from .square import Square as Square

_MODULES: dict[str, str] = {
    "Cat": "cat",
    "Circle": "circle",
    "Dog": "dog",
    "Drawing": "drawing",
    "DrawingPositionNamed": "drawing",
    "DrawingPositionPoint": "drawing",
    "Pet": "pet",
    "Shape": "shape",
    "Square": "square",
}

__all__ = [
    "Cat",
    "Circle",
    "Dog",
    "Drawing",
    "DrawingPositionNamed",
    "DrawingPositionPoint",
    "Pet",
    "Shape",
    "Square",
]


# Type checkers read the imports above instead, so a name the package lacks is an error there, not Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return __all__

"""Every model of the API, importable from here; each module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import Base as Base
    from .function_ref import FunctionRef as FunctionRef
    from .function_ref import FunctionRefFunction as FunctionRefFunction
    from .function_ref import FunctionRefGlobal as FunctionRefGlobal
    from .item import Item as Item
    from .item import ItemScorerFunction as ItemScorerFunction
    from .item import ItemScorerGlobal as ItemScorerGlobal

_MODULES: dict[str, str] = {
    "Base": "base",
    "FunctionRefFunction": "function_ref",
    "FunctionRefGlobal": "function_ref",
    "FunctionRef": "function_ref",
    "Item": "item",
    "ItemScorerFunction": "item",
    "ItemScorerGlobal": "item",
}

__all__ = [
    "Base",
    "FunctionRef",
    "FunctionRefFunction",
    "FunctionRefGlobal",
    "Item",
    "ItemScorerFunction",
    "ItemScorerGlobal",
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

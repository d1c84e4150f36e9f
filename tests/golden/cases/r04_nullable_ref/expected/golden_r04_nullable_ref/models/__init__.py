"""Every model of the API, importable from here; each module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acl import Acl as Acl
    from .acl_in31_spelling import AclIn31Spelling as AclIn31Spelling
    from .permission import Permission as Permission
    from .settings import Settings as Settings

_MODULES: dict[str, str] = {
    "Acl": "acl",
    "AclIn31Spelling": "acl_in31_spelling",
    "Permission": "permission",
    "Settings": "settings",
}

__all__ = [
    "Acl",
    "AclIn31Spelling",
    "Permission",
    "Settings",
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

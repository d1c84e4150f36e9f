"""Every model of the API, importable from here; each module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .any_model import AnyModel as AnyModel
    from .base_model_model import BaseModelModel as BaseModelModel
    from .m_class import Class as Class
    from .model_123_start import Model123Start as Model123Start

_MODULES: dict[str, str] = {
    "AnyModel": "any_model",
    "BaseModelModel": "base_model_model",
    "Class": "m_class",
    "Model123Start": "model_123_start",
}

__all__ = [
    "AnyModel",
    "BaseModelModel",
    "Class",
    "Model123Start",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__

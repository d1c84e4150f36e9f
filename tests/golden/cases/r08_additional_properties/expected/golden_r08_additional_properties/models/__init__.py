"""Every model of the API, importable from here; each module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .closed import Closed as Closed
    from .metrics import Metrics as Metrics
    from .report import Report as Report
    from .report import ReportOpen as ReportOpen
    from .scores import Scores as Scores

_MODULES: dict[str, str] = {
    "Closed": "closed",
    "Metrics": "metrics",
    "Report": "report",
    "ReportOpen": "report",
    "Scores": "scores",
}

__all__ = [
    "Closed",
    "Metrics",
    "Report",
    "ReportOpen",
    "Scores",
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

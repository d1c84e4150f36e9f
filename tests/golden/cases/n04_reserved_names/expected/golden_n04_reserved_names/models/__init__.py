"""Every model of the API, importable from here; each module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .any_model import AnyModel as AnyModel
    from .base_model_model import BaseModelModel as BaseModelModel
    from .body_model import BodyModel as BodyModel
    from .class_var_model import ClassVarModel as ClassVarModel
    from .headers_model import HeadersModel as HeadersModel
    from .m_class import Class as Class
    from .mapping_model import MappingModel as MappingModel
    from .model123_start import Model123Start as Model123Start
    from .query_model import QueryModel as QueryModel
    from .stream_model import StreamModel as StreamModel
    from .sync_page_model import SyncPageModel as SyncPageModel
    from .things_resource_model import ThingsResourceModel as ThingsResourceModel
    from .timeout_model import TimeoutModel as TimeoutModel

_MODULES: dict[str, str] = {
    "AnyModel": "any_model",
    "BaseModelModel": "base_model_model",
    "BodyModel": "body_model",
    "ClassVarModel": "class_var_model",
    "HeadersModel": "headers_model",
    "Class": "m_class",
    "MappingModel": "mapping_model",
    "Model123Start": "model123_start",
    "QueryModel": "query_model",
    "StreamModel": "stream_model",
    "SyncPageModel": "sync_page_model",
    "ThingsResourceModel": "things_resource_model",
    "TimeoutModel": "timeout_model",
}

__all__ = [
    "AnyModel",
    "BaseModelModel",
    "BodyModel",
    "Class",
    "ClassVarModel",
    "HeadersModel",
    "MappingModel",
    "Model123Start",
    "QueryModel",
    "StreamModel",
    "SyncPageModel",
    "ThingsResourceModel",
    "TimeoutModel",
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

"""Models: QueryModel."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull
from .body_model import BodyModel
from .class_var_model import ClassVarModel
from .headers_model import HeadersModel
from .sync_page_model import SyncPageModel
from .things_resource_model import ThingsResourceModel
from .timeout_model import TimeoutModel

__all__ = [
    "QueryModel",
]


class QueryModel(BaseModel):
    timeout: Annotated[TimeoutModel | None, NotNull] = None

    headers: Annotated[HeadersModel | None, NotNull] = None

    body: Annotated[BodyModel | None, NotNull] = None

    page: Annotated[SyncPageModel | None, NotNull] = None

    var: Annotated[ClassVarModel | None, NotNull] = None

    resource: Annotated[ThingsResourceModel | None, NotNull] = None

"""Models: OrdersListResponse."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull
from .order import Order

__all__ = [
    "OrdersListResponse",
]


class OrdersListResponse(BaseModel):
    objects: Annotated[list[Order] | None, NotNull] = None

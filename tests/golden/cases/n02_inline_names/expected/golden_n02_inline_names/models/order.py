"""Models: Order, OrderCustomer2, OrderLinesItem, OrderShipping."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "Order",
    "OrderCustomer2",
    "OrderLinesItem",
    "OrderShipping",
]


class Order(BaseModel):
    customer: Annotated[OrderCustomer2 | None, NotNull] = None

    shipping: Annotated[OrderShipping | None, NotNull] = None

    lines: Annotated[list[OrderLinesItem] | None, NotNull] = None


class OrderCustomer2(BaseModel):
    name: Annotated[str | None, NotNull] = None


class OrderLinesItem(BaseModel):
    sku: Annotated[str | None, NotNull] = None


class OrderShipping(BaseModel):
    street: Annotated[str | None, NotNull] = None

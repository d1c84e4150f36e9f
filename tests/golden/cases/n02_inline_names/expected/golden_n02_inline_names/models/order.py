"""Models: Order, OrderCustomerDetails, OrderLinesItem, OrderShipping."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "Order",
    "OrderCustomerDetails",
    "OrderLinesItem",
    "OrderShipping",
]


class Order(BaseModel):
    customer: Annotated[OrderCustomerDetails | None, NotNull] = None

    shipping: Annotated[OrderShipping | None, NotNull] = None

    lines: Annotated[list[OrderLinesItem] | None, NotNull] = None


class OrderCustomerDetails(BaseModel):
    name: Annotated[str | None, NotNull] = None


class OrderLinesItem(BaseModel):
    sku: Annotated[str | None, NotNull] = None


class OrderShipping(BaseModel):
    street: Annotated[str | None, NotNull] = None

"""Models: OrderCustomer."""

from __future__ import annotations

from typing import Annotated

from .._models import BaseModel, NotNull

__all__ = [
    "OrderCustomer",
]


class OrderCustomer(BaseModel):
    """A component whose name an inline schema would also take"""

    id: Annotated[str | None, NotNull] = None

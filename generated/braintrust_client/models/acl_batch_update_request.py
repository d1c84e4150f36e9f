"""Models: AclBatchUpdateRequest."""

from __future__ import annotations

from .._models import BaseModel
from .acl_item import AclItem

__all__ = [
    "AclBatchUpdateRequest",
]


class AclBatchUpdateRequest(BaseModel):
    add_acls: list[AclItem] | None = None

    remove_acls: list[AclItem] | None = None

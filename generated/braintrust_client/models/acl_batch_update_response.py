"""Models: AclBatchUpdateResponse."""

from __future__ import annotations

from .._models import BaseModel
from .acl import Acl

__all__ = [
    "AclBatchUpdateResponse",
]


class AclBatchUpdateResponse(BaseModel):
    added_acls: list[Acl]

    removed_acls: list[Acl]

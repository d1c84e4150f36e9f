"""Models: AclListOrgObjectType."""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from .._models import OpenEnum

__all__ = [
    "AclListOrgObjectType",
]


AclListOrgObjectType: TypeAlias = Annotated[
    Literal[
        "organization",
        "project",
        "experiment",
        "dataset",
        "prompt",
        "prompt_session",
        "group",
        "role",
        "org_member",
        "project_log",
        "org_project",
        "org_audit_logs",
    ],
    OpenEnum,
]
"""The object type that the ACL applies to"""

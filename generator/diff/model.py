"""The records a diff produces: one :class:`Change` per difference, gathered in a :class:`Report`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .kinds import Kind
from .semver import Bump, bump_version, suggested_bump

Direction = Literal["request", "response", "none"]
"""Which reading of a schema a change is classified by; ``none`` for changes that do not depend on it."""

DocumentSide = Literal["old", "new"]


@dataclass(frozen=True, order=True)
class OperationRef:
    """An operation as a user finds it: HTTP method and path, and the spec's operationId."""

    method: str
    path: str
    operation_id: str

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class Change:
    kind: Kind
    direction: Direction
    message: str
    pointer: str
    """JSON pointer of the node in the new document, or in the old one where the node no longer exists."""
    document: DocumentSide
    operations: tuple[OperationRef, ...] = ()
    """The operations the change reaches (every operation that uses a changed schema, in this direction)."""

    @property
    def breaking(self) -> bool:
        return self.kind.breaking

    def sort_key(self) -> tuple[int, str, str, str, str]:
        return (-int(self.kind.bump), self.pointer, self.kind.code, self.direction, self.message)


@dataclass(frozen=True)
class DocumentInfo:
    file: str
    title: str
    version: str
    openapi: str


@dataclass(frozen=True)
class Report:
    old: DocumentInfo
    new: DocumentInfo
    changes: tuple[Change, ...]
    current_version: str
    """The generated package's version the suggestion starts from (``[tool.oapigen] package-version``)."""

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def bump(self) -> Bump:
        return suggested_bump(c.kind.bump for c in self.changes)

    @property
    def suggested_version(self) -> str:
        return bump_version(self.current_version, self.bump)

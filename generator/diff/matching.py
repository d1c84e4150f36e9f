"""Which old declaration is which new one: by pointer, then by Python name, then by where it is used.

1. The same key (file and JSON pointer, the root file's name left out) is the same component schema.
2. An inline schema is matched by its Python name first (unique on both sides), then by its key: its name
   comes from what it is (a tag, a title), its pointer from its place, which moves when a union's
   variants are listed in another order.
3. Of the rest, an old and a new declaration with the same Python name are the same model that moved
   (an inline schema whose pointer changed, a component renamed with a model-names override).
4. Of the rest, two declarations met at the same place of the two documents (the same field, argument or
   response) are paired there by the comparison, so a schema moved from inline to ``components`` is one
   model that moved, not one removed and one added.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..ir import Declaration
from .model import Direction
from .usage import declaration_key


@dataclass
class DeclarationMatcher:
    old: dict[str, Declaration]
    new: dict[str, Declaration]
    forward: dict[str, str] = field(default_factory=dict)
    backward: dict[str, str] = field(default_factory=dict)
    queue: list[tuple[str, str, Direction]] = field(default_factory=list)
    scheduled: set[tuple[str, str, Direction]] = field(default_factory=set)

    @classmethod
    def build(
        cls, old: tuple[Declaration, ...], new: tuple[Declaration, ...], old_root: str, new_root: str
    ) -> DeclarationMatcher:
        matcher = cls({declaration_key(d, old_root): d for d in old}, {declaration_key(d, new_root): d for d in new})
        for key in sorted(matcher.old.keys() & matcher.new.keys()):
            if matcher.old[key].symbol.rank == 0:
                matcher.link(key, key)
        # An inline schema's pointer says where it stands, and that moves when a union's variants are listed
        # in another order; its name says what it is (from its tag or title): names first, then pointers.
        matcher._link_by_name(inline_only=True)
        for key in sorted(matcher.old.keys() & matcher.new.keys()):
            if key not in matcher.forward and key not in matcher.backward:
                matcher.link(key, key)
        matcher._link_by_name(inline_only=False)
        return matcher

    def _link_by_name(self, inline_only: bool) -> None:
        """Links the unmatched declarations whose Python name is unique among the unmatched of both sides."""

        def unmatched(declarations: dict[str, Declaration], linked: dict[str, str]) -> dict[str, Declaration]:
            return {
                key: d
                for key, d in declarations.items()
                if key not in linked and (d.symbol.rank > 0 or not inline_only)
            }

        old, new = unmatched(self.old, self.forward), unmatched(self.new, self.backward)
        old_names = Counter(d.symbol.name for d in old.values())
        new_names = Counter(d.symbol.name for d in new.values())
        by_name = {d.symbol.name: key for key, d in new.items()}
        for key, declaration in sorted(old.items()):
            name = declaration.symbol.name
            if old_names[name] == 1 and new_names[name] == 1:
                self.link(key, by_name[name])

    def link(self, old_key: str, new_key: str) -> None:
        self.forward[old_key] = new_key
        self.backward[new_key] = old_key

    def same(self, old_key: str, new_key: str) -> bool:
        """Whether the two are one declaration; pairs two unmatched ones met at the same place."""
        if self.forward.get(old_key) == new_key:
            return True
        if old_key in self.forward or new_key in self.backward:
            return False
        if old_key not in self.old or new_key not in self.new:
            return False
        self.link(old_key, new_key)
        return True

    def schedule(self, old_key: str, new_key: str, direction: Direction) -> None:
        item = (old_key, new_key, direction)
        if item not in self.scheduled:
            self.scheduled.add(item)
            self.queue.append(item)

    def pop(self) -> tuple[str, str, Direction] | None:
        return self.queue.pop(0) if self.queue else None

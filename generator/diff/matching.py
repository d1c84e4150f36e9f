"""Which old declaration is which new one: by pointer, then by Python name, then by where it is used.

1. The same key (file and JSON pointer, the root file's name left out) is the same schema.
2. Of the rest, an old and a new declaration with the same Python name are the same model that moved
   (an inline schema whose pointer changed, a component renamed with a model-names override).
3. Of the rest, two declarations met at the same place of the two documents (the same field, argument or
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
            matcher.link(key, key)
        old_names = Counter(d.symbol.name for k, d in matcher.old.items() if k not in matcher.forward)
        new_names = Counter(d.symbol.name for k, d in matcher.new.items() if k not in matcher.backward)
        by_name = {d.symbol.name: k for k, d in matcher.new.items() if k not in matcher.backward}
        for key, declaration in sorted(matcher.old.items()):
            name = declaration.symbol.name
            if key not in matcher.forward and old_names[name] == 1 and new_names[name] == 1:
                matcher.link(key, by_name[name])
        return matcher

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

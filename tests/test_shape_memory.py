"""A large spec reads tens of thousands of schema shapes: each one's instance dict must share its class's
table of keys, as CPython lets it only below 30 keys. A 30th field of ``Shape`` made every dict a table
of its own, five times the size, and Stripe's peak memory grew by 20 MB (benchmark of 2026-11-29)."""

from __future__ import annotations

import sys

from generator.normalize.shapes import Shape
from generator.resolve import Located, Location


def test_a_shapes_dict_shares_its_keys() -> None:
    shape = Shape(located=Located({}, Location("spec.yaml", "#")))
    own_table = {name: value for name, value in vars(shape).items()}  # the same keys, in a dict of its own
    assert sys.getsizeof(vars(shape)) < sys.getsizeof(own_table) / 2
    assert sys.getsizeof(vars(shape.copy())) < sys.getsizeof(own_table) / 2

"""Equality of JSON values, as JSON has it and Python does not: ``true`` is not ``1`` (Python's
``True == 1``), and ``1.0`` is ``1`` (one number). Every comparison of values from a spec (enum members,
defaults, constants) goes through :func:`json_key`, so that they all agree."""

from __future__ import annotations

from typing import Any

__all__ = ["json_equal", "json_key"]


def json_key(value: Any) -> object:
    """A hashable key, equal for two values exactly when they are equal as JSON."""
    if isinstance(value, bool):
        return ("boolean", value)
    if isinstance(value, (int, float)):
        return ("number", value)  # Python hashes and compares 1 and 1.0 alike
    if isinstance(value, str):
        return ("string", value)
    if isinstance(value, list):
        return ("array", tuple(json_key(item) for item in value))
    if isinstance(value, dict):
        return ("object", frozenset((name, json_key(item)) for name, item in value.items()))
    return ("null", None) if value is None else ("other", repr(value))


def json_equal(a: Any, b: Any) -> bool:
    return json_key(a) == json_key(b)

"""Where the built-in templates are: inside the installed package, or the repository's templates/."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["UserTemplateError", "builtin_templates", "template_names"]


def builtin_templates() -> Path:
    """The templates folder: shipped inside the installed generator, or ``templates/`` beside it in a checkout."""
    packaged = resources.files("generator") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "templates"


def template_names(folder: Path) -> list[str]:
    """The names of the templates under ``folder``, as Jinja's loader spells them."""
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.jinja"))


class UserTemplateError(Exception):
    """A template from the user's folder does not compile or fails while rendering: bad input, reported
    as ``file:line: message`` (a built-in template that fails is a bug, and raised as it is)."""

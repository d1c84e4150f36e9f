"""The generated models as an application uses them beyond a call: null where the spec says a field has a
default, subclasses of the caller's own, and what a type checker sees of an unknown variant."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pydantic
import pytest

ENV_VAR = {"id": "e1", "object_type": "project", "object_id": "p1", "name": "OPENAI_KEY"}


def test_a_null_in_an_optional_field_with_a_default_does_not_fail_the_response(bt: ModuleType) -> None:
    """``secret_category`` has a default in the spec: a server's null there failed the whole answer (every
    other optional field takes it); a request still may not send null."""
    read = bt.models.EnvVar.from_dict({**ENV_VAR, "secret_category": None})
    assert read.secret_category is None
    assert bt.models.EnvVar.from_dict(ENV_VAR).secret_category == "env_var"
    with pytest.raises(pydantic.ValidationError, match="not null"):
        bt.models.EnvVar.model_validate({**ENV_VAR, "secret_category": None})


def test_a_subclass_of_a_model_runs_its_own_post_init_and_private_attributes(bt: ModuleType) -> None:
    """The models skip pydantic's post-init hook where they need none; a subclass of the caller's lost its
    own with it (model_post_init never ran, a PrivateAttr was never set)."""

    class Tracked(bt.models.Project):  # type: ignore[name-defined,misc]
        _seen: set[str] = pydantic.PrivateAttr(default_factory=set)

        def model_post_init(self, context: Any, /) -> None:
            super().model_post_init(context)
            self._label = f"{self.name}@{self.org_id}"

    tracked = Tracked(id="p1", org_id="o1", name="web")
    assert tracked._label == "web@o1"
    tracked._seen.add("x")
    assert tracked._seen == {"x"}
    assert bt.models.Project(id="p1", org_id="o1", name="web").name == "web"

"""R1-R5: which nulls each model accepts, refuses and sends, and omitted versus null."""

from __future__ import annotations

import httpx
import pydantic
import pytest

from tests.rules.conftest import Recorder, load


class TestR1NullableKeyword:
    """`nullable: true` under a 3.1.1 document still means null is allowed."""

    def test_nullable_fields_accept_null_and_send_it(self) -> None:
        models = load("r01_nullable_keyword").models
        note = models.Note(text=None, rating=None, tags=None, extra=None, anything=None)
        assert note.to_dict() == {"text": None, "rating": None, "tags": None, "extra": None, "anything": None}

    def test_a_field_without_nullable_refuses_null(self) -> None:
        models = load("r01_nullable_keyword").models
        with pytest.raises(pydantic.ValidationError, match="plain"):
            models.Note(text="t", plain=None)

    def test_required_nullable_must_still_be_given(self) -> None:
        models = load("r01_nullable_keyword").models
        with pytest.raises(pydantic.ValidationError, match="text"):
            models.Note()


class TestR2NullType:
    """Type lists and `type: 'null'` count even though the document says 3.0.3."""

    def test_type_list_with_null(self) -> None:
        event = load("r02_null_type").models.Event.model_validate({"name": None, "when": "soon"})
        assert event.name is None and event.when == "soon"

    def test_type_list_of_two_types_is_a_union(self) -> None:
        event_class = load("r02_null_type").models.Event
        assert event_class(name="n", when=3).when == 3
        with pytest.raises(pydantic.ValidationError):
            event_class(name="n", when=1.5)
        with pytest.raises(pydantic.ValidationError):
            event_class(name="n", when=None)

    def test_null_type_and_null_branch(self) -> None:
        event_class = load("r02_null_type").models.Event
        event = event_class(name="n", when=1, only_null=None, scope=None)
        assert event.to_dict() == {"name": "n", "when": 1, "only_null": None, "scope": None}
        with pytest.raises(pydantic.ValidationError):
            event_class(name="n", when=1, only_null="x")


class TestR3EnumListingNull:
    def test_null_is_accepted_but_is_not_a_member(self) -> None:
        package = load("r03_enum_null")
        feedback = package.models.Feedback(id="1", source=None, kind=None)
        assert feedback.to_dict() == {"id": "1", "source": None, "kind": None}
        assert (
            "None" not in str(package.models.Feedback.model_fields["kind"].annotation).split("Literal")[1].split("]")[0]
        )

    def test_values_outside_the_enum_are_refused(self) -> None:
        models = load("r03_enum_null").models
        with pytest.raises(pydantic.ValidationError):
            models.Feedback(id="1", source="robot")
        with pytest.raises(pydantic.ValidationError):
            models.Feedback(id="1", level=None)  # this enum does not list null


class TestR4NullableReference:
    def test_ref_and_allof_ref_beside_nullable_accept_null(self) -> None:
        models = load("r04_nullable_ref").models
        acl = models.Acl(permission=None, settings=None, restricted="read")
        assert acl.to_dict() == {"permission": None, "settings": None, "restricted": "read"}

    def test_the_same_ref_without_nullable_refuses_null(self) -> None:
        models = load("r04_nullable_ref").models
        with pytest.raises(pydantic.ValidationError, match="restricted"):
            models.Acl(permission="read", settings=None, restricted=None)

    def test_the_referenced_type_still_applies(self) -> None:
        models = load("r04_nullable_ref").models
        with pytest.raises(pydantic.ValidationError):
            models.Acl(permission="admin", settings=None, restricted="read")
        acl = models.Acl.model_validate({"permission": "update", "settings": {"color": "red"}, "restricted": "read"})
        assert acl.settings is not None and acl.settings.color == "red"

    def test_the_31_spelling_is_the_same_nullable_reference(self) -> None:
        """`type: [object, "null"]` or an enum that adds null beside the reference, instead of `nullable`: the
        referenced class, nullable, not a copy of it (a `type` that only restates the target's is no copy
        either). The 3.1 spelling used to make inline copies that refused null."""
        models = load("r04_nullable_ref").models
        spelled = models.AclIn31Spelling
        for name in ("permission", "settings", "restricted"):
            assert spelled.model_fields[name].annotation == models.Acl.model_fields[name].annotation, name
        acl = spelled(permission=None, settings=None, restricted="read")
        assert acl.to_dict() == {"permission": None, "settings": None, "restricted": "read"}
        with pytest.raises(pydantic.ValidationError, match="restricted"):
            spelled(permission="read", settings=None, restricted=None)


class TestR5OmitVersusNull:
    """required x nullable, through the model and through the client's method arguments."""

    def test_the_model_matrix(self) -> None:
        patch = load("r05_omit_vs_null").models.PatchProject
        with pytest.raises(pydantic.ValidationError, match="description"):
            patch(name="n")  # required and nullable: must be sent
        with pytest.raises(pydantic.ValidationError, match="name"):
            patch(name=None, description=None)  # required, not nullable: never null
        with pytest.raises(pydantic.ValidationError, match="color"):
            patch(name="n", description=None, color=None)  # optional, not nullable: omit, never null
        assert patch(name="n", description=None).to_dict() == {"name": "n", "description": None}
        both = patch(name="n", description="d", comment=None, color="blue")
        assert both.to_dict() == {"name": "n", "description": "d", "comment": None, "color": "blue"}

    def test_the_json_schema_says_what_a_request_may_send(self) -> None:
        """The model's JSON schema (a tool description, a form) leaves null out where only omitting is allowed:
        it said ``anyOf: [string, null]`` for ``color``, which a request may not send as null."""
        properties = load("r05_omit_vs_null").models.PatchProject.model_json_schema()["properties"]
        assert {name: schema.get("type", schema.get("anyOf")) for name, schema in properties.items()} == {
            "name": "string",
            "description": [{"type": "string"}, {"type": "null"}],
            "comment": [{"type": "string"}, {"type": "null"}],
            "color": "string",
            "size": "integer",
        }
        # what a model dumps may hold the null a response carried: the serialization schema keeps it
        dumped = load("r05_omit_vs_null").models.PatchProject.model_json_schema(mode="serialization")
        assert dumped["properties"]["color"]["anyOf"] == [{"type": "string"}, {"type": "null"}]

    def test_a_default_is_read_but_not_sent(self) -> None:
        patch = load("r05_omit_vs_null").models.PatchProject
        model = patch(name="n", description=None)
        assert model.size == 3
        assert "size" not in model.to_dict()

    def test_the_client_sends_what_was_given_and_nothing_else(self, recorder: Recorder) -> None:
        package = load("r05_omit_vs_null")
        client = recorder.client(package)
        client.projects.update("p1", name="n", description=None)
        assert recorder.last_json == {"name": "n", "description": None}
        client.projects.update("p1", name="n", description="d", comment=None)
        assert recorder.last_json == {"name": "n", "description": "d", "comment": None}
        assert recorder.requests[-1].url.path == "/projects/p1"

    def test_the_client_refuses_null_where_it_is_not_allowed_before_sending(self, recorder: Recorder) -> None:
        package = load("r05_omit_vs_null")
        client = recorder.client(package)
        with pytest.raises(pydantic.ValidationError, match="color"):
            client.projects.update("p1", name="n", description=None, color=None)
        assert recorder.requests == []

    def test_nested_models_keep_omitted_and_null_apart(self) -> None:
        models = load("r01_nullable_keyword").models
        note = models.Note.model_validate({"text": "t", "rating": None})
        assert note.to_dict() == {"text": "t", "rating": None}
        assert "tags" not in note.to_dict()

    def test_responses_keep_what_the_server_sent(self) -> None:
        package = load("r05_omit_vs_null")
        recorder = Recorder(lambda request: httpx.Response(200, json={"name": "n", "description": None, "color": None}))
        result = recorder.client(package).projects.update("p1", name="n", description=None)
        assert result.color is None and result.description is None and result.size == 3
        assert result.to_dict() == {"name": "n", "description": None, "color": None}

    def test_a_model_stored_with_to_json_reads_back_whole(self) -> None:
        package = load("r05_omit_vs_null")
        recorder = Recorder(lambda request: httpx.Response(200, json={"name": "n", "description": None, "color": None}))
        answer = recorder.client(package).projects.update("p1", name="n", description=None)
        patch = package.models.PatchProject
        for stored, read in [(answer.to_json(), patch.from_json), (answer.to_dict(), patch.from_dict)]:
            again = read(stored)
            assert again == answer and again.to_dict() == answer.to_dict()  # the server's null kept, size unset
        given = patch(name="n", description="d")
        assert patch.from_json(given.to_json()).to_dict() == {"name": "n", "description": "d"}
        with pytest.raises(pydantic.ValidationError, match="may be omitted, but not null"):
            patch.model_validate(given.model_dump())  # as the README says: model_dump() is not a request

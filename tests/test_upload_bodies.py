"""Request bodies that are not JSON: multipart/form-data file uploads (as Stripe's `POST /v1/files`
takes them), and raw bytes or text (application/octet-stream, text/plain).

A string of ``format: binary`` is file content (:class:`FileContent`: bytes, or a name, bytes and a
media type); in a multipart body each file is a file part (of the media type ``encoding`` gives it, where
the caller gives none), an object a JSON part unless ``encoding`` gives it a style (OpenAPI's default), and
every other field a part written as in a form body (brackets for nested values, where ``encoding`` asks for
them). A raw body is the ``body`` argument, sent as it is.
"""

from __future__ import annotations

import email.parser
import email.policy
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest

from tests.support import generate, imported, write_spec

SPEC = """
openapi: 3.0.0
info: {title: Uploads, version: "1"}
servers: [{url: "https://api.uploads.test"}]
paths:
  /v1/files:
    post:
      operationId: PostFiles
      requestBody:
        required: true
        content:
          multipart/form-data:
            encoding:
              expand: {style: deepObject, explode: true}
              file_link_data: {style: deepObject, explode: true}
            schema:
              type: object
              required: [file, purpose]
              additionalProperties: false
              properties:
                file: {type: string, format: binary, description: The file to upload.}
                purpose: {type: string, enum: [avatar, dispute_evidence]}
                expand: {type: array, items: {type: string}}
                file_link_data:
                  type: object
                  properties: {create: {type: boolean}, expires_at: {type: integer}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/File"}}}}
  /v1/albums:
    post:
      operationId: PostAlbums
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                title: {type: string}
                photos: {type: array, items: {type: string, format: binary}}
      responses: {"204": {description: done}}
  /v1/volumes:
    post:
      operationId: PostVolumes
      requestBody:
        required: true
        content:
          multipart/form-data:
            encoding:
              cover: {contentType: image/png}
              scans: {contentType: image/tiff}
              pages: {contentType: "image/png, image/jpeg"}
              options: {style: deepObject, explode: true}
            schema:
              type: object
              required: [cover]
              properties:
                cover: {type: string, format: binary}
                scans: {type: array, items: {type: string, format: binary}}
                pages: {type: array, items: {type: string, format: binary}}
                metadata:
                  type: object
                  properties: {title: {type: string}, authors: {type: array, items: {type: string}}}
                labels: {type: object, additionalProperties: {type: string}}
                options: {type: object, properties: {ocr: {type: boolean}}}
                regions: {type: array, items: {type: object, properties: {x: {type: integer}, y: {type: integer}}}}
      responses: {"204": {description: stored}}
  /v1/blobs/{key}:
    put:
      operationId: PutBlob
      parameters: [{name: key, in: path, required: true, schema: {type: string}}]
      requestBody:
        required: true
        content:
          application/octet-stream: {schema: {type: string, format: binary}}
      responses: {"204": {description: stored}}
  /v1/notes:
    post:
      operationId: PostNote
      requestBody:
        content:
          text/plain: {schema: {type: string}}
      responses: {"204": {description: stored}}
components:
  schemas:
    File:
      type: object
      required: [id, size]
      properties: {id: {type: string}, size: {type: integer}}
"""


def _parts(request: httpx.Request) -> list[tuple[str, str | None, str | None, bytes]]:
    """(name, file name, media type, content) of each part, read back with the standard library."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.read())
    assert message.is_multipart()
    parts = []
    for part in message.iter_parts():
        content_type = part.get("Content-Type")
        parts.append(
            (
                part.get_param("name", header="content-disposition"),
                part.get_filename(),
                content_type,
                part.get_payload(decode=True),
            )
        )
    return parts


def _recording(package: Any, reply: httpx.Response) -> tuple[Any, list[httpx.Request]]:
    """A client of the generated package whose every request is kept and answered with ``reply``."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    client = package.Client(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    return client, seen


@pytest.fixture(scope="module")
def package_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("multipart")
    return generate(write_spec(folder, SPEC), folder / "out", package_name="uploads_client")


def test_files_and_fields_are_sent_as_parts(package_root: Path) -> None:
    with imported(package_root, "uploads_client") as package:
        client, seen = _recording(package, httpx.Response(200, json={"id": "file_1", "size": 4}))
        png = b"\x89PNG\r\n\x1a\n\x00\xff"  # not text: sent as it is
        uploaded = client.files.create(
            file=("face.png", png, "image/png"),
            purpose="avatar",
            expand=["links"],
            file_link_data={"create": True, "expires_at": 1700000000},
        )
        assert uploaded.id == "file_1"
        request = seen[-1]
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert sorted(_parts(request)) == sorted(
            [
                ("file", "face.png", "image/png", png),
                ("purpose", None, None, b"avatar"),
                ("expand[0]", None, None, b"links"),
                ("file_link_data[create]", None, None, b"true"),
                ("file_link_data[expires_at]", None, None, b"1700000000"),
            ]
        )
        client.files.create(file=b"raw bytes", purpose="dispute_evidence")
        assert ("file", "upload", "application/octet-stream", b"raw bytes") in _parts(seen[-1])


def test_encoding_gives_part_types_and_objects_are_json_parts(package_root: Path) -> None:
    with imported(package_root, "uploads_client") as package:
        client, seen = _recording(package, httpx.Response(204))
        client.volumes.create(
            cover=b"PNG",
            scans=[b"one", ("two.tif", b"two"), ("three.jpg", b"three", "image/jpeg")],
            pages=[b"page"],
            metadata={"title": "T", "authors": ["x", "y"]},
            labels={"shelf": "a"},
            options={"ocr": True},
            regions=[{"x": 1, "y": 2}, {"x": 3, "y": 4}],
        )
        assert sorted(_parts(seen[-1])) == sorted(
            [
                ("cover", "upload", "image/png", b"PNG"),
                ("scans", "upload", "image/tiff", b"one"),
                ("scans", "two.tif", "image/tiff", b"two"),
                ("scans", "three.jpg", "image/jpeg", b"three"),
                ("pages", "upload", "application/octet-stream", b"page"),  # two types given: none chosen
                ("metadata", None, "application/json", b'{"title":"T","authors":["x","y"]}'),
                ("labels", None, "application/json", b'{"shelf":"a"}'),
                ("options[ocr]", None, None, b"true"),
                ("regions", None, "application/json", b'{"x":1,"y":2}'),  # an array: a part per item
                ("regions", None, "application/json", b'{"x":3,"y":4}'),
            ]
        )


def test_a_list_of_files_gives_one_part_each_and_no_file_is_still_multipart(package_root: Path) -> None:
    with imported(package_root, "uploads_client") as package:
        client, seen = _recording(package, httpx.Response(204))
        client.albums.create(title="Trip", photos=[("a.jpg", b"A"), ("b.jpg", b"B")])
        assert [(name, filename, content) for name, filename, _, content in _parts(seen[-1])] == [
            ("title", None, b"Trip"),
            ("photos", "a.jpg", b"A"),
            ("photos", "b.jpg", b"B"),
        ]
        client.albums.create(title="Empty")
        assert seen[-1].headers["content-type"].startswith("multipart/form-data; boundary=")
        assert _parts(seen[-1]) == [("title", None, None, b"Empty")]


def test_multipart_bodies_are_checked_before_sending(package_root: Path) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    with imported(package_root, "uploads_client") as package:
        client = package.Client(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(fail)))
        with pytest.raises(pydantic.ValidationError, match="purpose"):
            client.files.create(file=b"x", purpose="selfie")  # type: ignore[arg-type]
        with pytest.raises(pydantic.ValidationError, match="file"):
            client.files.create(file=12, purpose="avatar")  # type: ignore[arg-type]


def test_file_arguments_are_typed_as_file_content(package_root: Path, tmp_path: Path) -> None:
    usage = tmp_path / "usage.py"
    usage.write_text(
        "from uploads_client import Client\n"
        "client = Client(api_key='k')\n"
        "client.files.create(file=('a.txt', b'a', 'text/plain'), purpose='avatar')\n"
        "client.files.create(file=b'a', purpose='avatar')\n"
        "client.files.create(file='not bytes', purpose='avatar')\n"
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(usage)],
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(package_root), "PATH": ""},
        cwd=tmp_path,
        check=False,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "usage.py:5:" in errors[0] and '"file"' in errors[0], checked.stdout


def test_the_readme_shows_an_upload_that_type_checks(package_root: Path, tmp_path: Path) -> None:
    readme = (package_root / "README.md").read_text()
    section = readme.split("## File uploads", 1)[1].split("\n## ", 1)[0]
    example = section.split("```python\n", 1)[1].split("```", 1)[0]
    assert 'client.files.create(file=("<file>.bin", b"..."), purpose="avatar")' in example
    (tmp_path / "example.py").write_text(example)
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "example.py"],
        capture_output=True,
        text=True,
        env={"MYPYPATH": str(package_root), "PATH": ""},
        cwd=tmp_path,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout


def test_raw_bodies_are_sent_as_they_are(package_root: Path) -> None:
    with imported(package_root, "uploads_client") as package:
        client, seen = _recording(package, httpx.Response(204))
        blob = bytes(range(256))
        client.blobs.update("photo 1", body=blob)
        assert seen[-1].method == "PUT" and seen[-1].url.raw_path == b"/v1/blobs/photo%201"
        assert seen[-1].headers["content-type"] == "application/octet-stream" and seen[-1].read() == blob
        client.notes.create(body="héllo\n")
        assert seen[-1].headers["content-type"] == "text/plain" and seen[-1].read() == "héllo\n".encode()
        client.notes.create()  # the body is optional: none is sent
        assert seen[-1].read() == b"" and "content-type" not in seen[-1].headers
        client.blobs.update("k", body=b"{}", extra_headers={"Content-Type": "application/json"})
        assert seen[-1].headers["content-type"] == "application/json"  # the caller's header wins

"""Method names for paths that do not begin with their resource's name (GitHub's
``/repos/{owner}/{repo}/issues``, tagged ``issues``), that end in a format (Twilio's ``Messages.json``), or
that name a collection no item path stands below (GET and POST on ``.../comments``). They read from the
segment that names the resource: ``issues.list``, ``issues.create_comment``, ``messages.list``; they were
``list_repos_issues``, ``repos_issues_comments_post`` and ``accounts_messages_json``."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support import method_names

OBJECT = "{type: object, properties: {id: {type: integer}}}"
LISTING = "{type: array, items: {type: object, properties: {id: {type: integer}}}}"


def _path(path: str, tag: str, **answers: str) -> str:
    names = re.findall(r"\{(\w+)\}", path)
    parameters = "".join(
        f"        - {{name: {name}, in: path, required: true, schema: {{type: string}}}}\n" for name in names
    )
    text = f"  {path}:\n"
    for method, answer in answers.items():
        text += (
            f"    {method}:\n      tags: [{tag}]\n"
            + (f"      parameters:\n{parameters}" if parameters else "")
            + f"      responses:\n        '200':\n          description: ok\n"
            f"          content: {{application/json: {{schema: {answer}}}}}\n"
        )
    return text


SPEC = (
    "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n"
    + _path("/repos/{owner}/{repo}/issues", "issues", get=LISTING, post=OBJECT)
    + _path("/repos/{owner}/{repo}/issues/{number}", "issues", get=OBJECT, patch=OBJECT)
    + _path("/repos/{owner}/{repo}/issues/{number}/comments", "issues", get=LISTING, post=OBJECT)
    + _path("/issues", "issues", get=LISTING)
    + _path("/2010-04-01/Accounts/{sid}/Messages.json", "messages", get=LISTING, post=OBJECT)
    + _path("/2010-04-01/Accounts/{sid}/Messages/{message}.json", "messages", get=OBJECT, delete=OBJECT)
    + _path("/tax/settings", "tax", get=OBJECT, post=OBJECT)
    # tagged as Twilio's spec tags them: no segment names the area, so the path is read from its start
    + _path("/2010-04-01/Accounts/{sid}/Calls/{call}/Recordings.json", "Api20100401Recording", get=LISTING)
    + _path("/v1beta1/projects", "projects", get=LISTING, post=OBJECT)
    # an API's prefix before its version: Jira's /rest/api/3, GitLab's /api/v4 (not /api without a version)
    + _path("/rest/api/3/myself", "users", get=OBJECT)
    + _path("/rest/api/3/user/search", "users", get=LISTING)
    + _path("/api/v4/groups", "groups", get=LISTING)
    + _path("/api/members", "members", get=LISTING)
)


def test_paths_read_from_the_segment_that_names_their_resource(tmp_path: Path) -> None:
    names = method_names(tmp_path, SPEC)
    assert names == {
        # /issues and /repos/{owner}/{repo}/issues would both be `list`: each keeps what its first segment says
        ("get", "/repos/{owner}/{repo}/issues"): "list_repos_issues",
        ("get", "/issues"): "list",
        ("post", "/repos/{owner}/{repo}/issues"): "create",
        ("get", "/repos/{owner}/{repo}/issues/{number}"): "retrieve",
        ("patch", "/repos/{owner}/{repo}/issues/{number}"): "update",
        # read and posted to, named by a plural: a collection, though no item path is below it
        ("get", "/repos/{owner}/{repo}/issues/{number}/comments"): "list_comments",
        ("post", "/repos/{owner}/{repo}/issues/{number}/comments"): "create_comment",
        ("get", "/2010-04-01/Accounts/{sid}/Messages.json"): "list",
        ("post", "/2010-04-01/Accounts/{sid}/Messages.json"): "create",
        ("get", "/2010-04-01/Accounts/{sid}/Messages/{message}.json"): "retrieve",
        ("delete", "/2010-04-01/Accounts/{sid}/Messages/{message}.json"): "delete",
        # a plural whose GET answers one object is a thing, not a collection (Stripe's tax settings)
        ("get", "/tax/settings"): "settings",
        ("post", "/tax/settings"): "settings_post",
        # a version, as a date (Twilio's) or with a stage (Google's v1beta1), is no part of a name
        ("get", "/2010-04-01/Accounts/{sid}/Calls/{call}/Recordings.json"): "accounts_calls_recordings",
        ("get", "/v1beta1/projects"): "list",
        ("post", "/v1beta1/projects"): "create",
        ("get", "/rest/api/3/myself"): "myself",
        ("get", "/rest/api/3/user/search"): "search",
        ("get", "/api/v4/groups"): "list",
        ("get", "/api/members"): "list",
    }

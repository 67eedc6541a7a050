import pytest

from pipelines.plumbing.errors import ReleaseError
from pipelines.release.versioning import bump, classify_change


def manifest(tables: dict, docs: tuple[str, ...] = ("a",)) -> dict:
    return {
        "inputs": [{"doc_id": d} for d in docs],
        "tables": {
            name: {"columns": [{"name": c, "type": t} for c, t in cols.items()], "sha256": sha}
            for name, (cols, sha) in tables.items()
        },
    }


BASE = manifest({"t": ({"id": "BIGINT", "v": "VARCHAR"}, "s1")})


@pytest.mark.parametrize(
    ("new", "change"),
    [
        (manifest({"t": ({"id": "BIGINT", "v": "VARCHAR"}, "s1")}), None),
        (manifest({"t": ({"id": "BIGINT", "v": "VARCHAR"}, "s2")}), "patch"),
        (manifest({"t": ({"id": "BIGINT", "v": "VARCHAR", "w": "DOUBLE"}, "s2")}), "minor"),
        (
            manifest({"t": ({"id": "BIGINT", "v": "VARCHAR"}, "s1"), "u": ({"k": "VARCHAR"}, "x")}),
            "minor",
        ),
        (manifest({"t": ({"id": "BIGINT", "v": "VARCHAR"}, "s2")}, docs=("a", "b")), "minor"),
        (manifest({"t": ({"id": "BIGINT"}, "s2")}), "major"),
        (manifest({"t": ({"id": "VARCHAR", "v": "VARCHAR"}, "s2")}), "major"),
        (manifest({"u": ({"k": "VARCHAR"}, "x")}), "major"),
    ],
)
def test_change_class(new: dict, change: str | None) -> None:
    assert classify_change(BASE, new) == change


def test_bump() -> None:
    assert bump("1.2.3", "major") == "2.0.0"
    assert bump("1.2.3", "minor") == "1.3.0"
    assert bump("1.2.3", "patch") == "1.2.4"
    with pytest.raises(ReleaseError, match="not a semantic version"):
        bump("v1", "patch")

"""The cell values pdfplumber's and camelot's own tests expect of the PDFs in
../shared/peer_pdfs, read at benchmark time from the peers' repositories (never copied here):
camelot's whole expected tables (tests/data.py, each tied to its file by tests/test_stream.py
and tests/test_lattice.py) and the cells pdfplumber's tests assert (a string, or a list of
strings, compared with `==` in a test that opens the file).

The repositories are the bare mirrors the session's `fetch` tool leaves under /work/.mirror
(or folders named by JRIS_PEER_REPOS, `camelot=PATH,pdfplumber=PATH`); a peer whose
repository is absent is reported as such, not guessed.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
from pathlib import Path
from typing import Any

MIRRORS = {
    "camelot": Path("/work/.mirror/camelot-dev+camelot/repo"),
    "pdfplumber": Path("/work/.mirror/jsvine+pdfplumber/repo"),
}
# camelot's tests: which expected table of tests/data.py comes from which file (ORIGINS.tsv's
# names), as tests/test_stream.py and tests/test_lattice.py pair them
CAMELOT_TESTS = ("tests/test_stream.py", "tests/test_lattice.py")
PLUMBER_TESTS = (
    "tests/test_table.py",
    "tests/test_issues.py",
    "tests/test_ca_warn_report.py",
    "tests/test_nics_report.py",
)


def normal(text: object) -> str:
    """A cell as compared: no whitespace, case folded (the peers' tests differ in spacing)."""
    return re.sub(r"\s+", "", str(text)).casefold()


def _repos() -> dict[str, Path]:
    given = os.environ.get("JRIS_PEER_REPOS", "")
    repos = dict(MIRRORS)
    for pair in filter(None, given.split(",")):
        name, _, path = pair.partition("=")
        repos[name.strip()] = Path(path.strip())
    return repos


def _show(repo: Path, path: str) -> str | None:
    if (repo / path).is_file():  # a checkout
        return (repo / path).read_text(encoding="utf-8")
    done = subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"HEAD:{path}"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout if done.returncode == 0 else None


def _module_lists(source: str) -> dict[str, Any]:
    """The module's list assignments: literals, slices of an earlier one, list(earlier)."""
    values: dict[str, Any] = {}
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        name, value = node.targets[0].id, node.value
        try:
            values[name] = ast.literal_eval(value)
            continue
        except ValueError:
            pass
        if isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name):
            base = values.get(value.value.id)
            s = value.slice
            if base is not None and isinstance(s, ast.Slice):
                lo = ast.literal_eval(s.lower) if s.lower else None
                hi = ast.literal_eval(s.upper) if s.upper else None
                values[name] = base[lo:hi]
        elif (
            isinstance(value, ast.Call)
            and value.args
            and isinstance(value.args[0], ast.Name)
            and value.args[0].id in values
        ):
            values[name] = list(values[value.args[0].id])
    return values


def _strings(node: ast.AST) -> list[str]:
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str | None) for v in value):
        return [v for v in value if v]
    return []


def _files_named(func: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(func):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            m = re.search(r"([\w./-]+\.pdf)$", node.value)
            if m:
                names.append(m.group(1))
    return names


def _tests(source: str) -> list[tuple[ast.FunctionDef, list[str]]]:
    """Each test function with the files it opens, or its class opens in its setup."""
    out = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef):
            out.append((node, _files_named(node)))
        elif isinstance(node, ast.ClassDef):
            shared = _files_named(node)
            for func in node.body:
                if isinstance(func, ast.FunctionDef):
                    out.append((func, _files_named(func) or shared[:1]))
    return out


def camelot_expected(repo: Path) -> dict[str, list[list[list[str]]]]:
    """camelot's expected tables by file (its path under tests/files)."""
    data = _show(repo, "tests/data.py")
    if data is None:
        return {}
    tables = _module_lists(data)
    out: dict[str, list[list[list[str]]]] = {}
    for test in CAMELOT_TESTS:
        source = _show(repo, test)
        if source is None:
            continue
        for func, files in _tests(source):
            used = [
                n.id
                for n in ast.walk(func)
                if isinstance(n, ast.Name) and n.id.startswith("data_") and n.id in tables
            ]
            if len(set(files)) == 1 and used and "table_areas" not in ast.unparse(func):
                found = out.setdefault(files[0], [])
                for name in dict.fromkeys(used):
                    if tables[name] not in found:
                        found.append(tables[name])
    return out


def plumber_expected(repo: Path) -> dict[str, set[str]]:
    """The cells pdfplumber's tests assert, by file (its path under tests/pdfs)."""
    out: dict[str, set[str]] = {}
    for test in PLUMBER_TESTS:
        source = _show(repo, test)
        if source is None:
            continue
        for func, files in _tests(source):
            body = ast.unparse(func)
            if not files or "table" not in body and "parse_page" not in body:
                continue
            for node in ast.walk(func):
                if not isinstance(node, ast.Assert) or not isinstance(node.test, ast.Compare):
                    continue
                if not isinstance(node.test.ops[0], ast.Eq):
                    continue
                cells = _strings(node.test.comparators[0])
                if cells and isinstance(node.test.left, ast.Subscript):
                    out.setdefault(files[-1], set()).update(normal(c) for c in cells)
    return out


def expected_cells() -> tuple[dict[str, set[str]], list[str]]:
    """Per peer PDF (its name in ../shared/peer_pdfs): the set of expected cell values, and
    notes on peers whose repository was not found."""
    repos, notes = _repos(), []
    out: dict[str, set[str]] = {}
    if repos["camelot"].exists():
        for path, tables in camelot_expected(repos["camelot"]).items():
            name = "camelot-" + Path(path).name
            out.setdefault(name, set()).update(
                normal(c) for t in tables for row in t for c in row if str(c).strip()
            )
    else:
        notes.append(f"camelot's tests not found at {repos['camelot']}")
    if repos["pdfplumber"].exists():
        for path, cells in plumber_expected(repos["pdfplumber"]).items():
            out.setdefault("plumber-" + Path(path).name, set()).update(cells)
    else:
        notes.append(f"pdfplumber's tests not found at {repos['pdfplumber']}")
    return out, notes

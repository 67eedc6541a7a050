"""A release's SHA256SUMS names files inside the release only (issue 37)."""

from __future__ import annotations

from pathlib import Path

from pipelines.release.folders import checksum_failures


def test_an_absolute_or_climbing_name_is_malformed_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("not the release's")
    release = tmp_path / "1.0.0"
    release.mkdir()
    (release / "SHA256SUMS").write_text(f"{'0' * 64}  {outside}\n{'0' * 64}  ../outside.txt\n")
    bad = checksum_failures(release)
    assert len(bad) == 2 and all("malformed line" in b for b in bad), bad

from collections import Counter
from pathlib import Path

import pytest

from pipelines.curated.prefectures import build_prefectures
from pipelines.plumbing.errors import RegistryError
from schemas import CONTRACTS

REFERENCE = Path(__file__).resolve().parents[3] / "raw" / "reference"


def test_47_prefectures_with_codes_names_and_regions() -> None:
    df = CONTRACTS["prefectures"].validate(build_prefectures(REFERENCE)).set_index("code")
    assert len(df) == 47
    assert df.loc["JP-03", ["name_en", "name_ja", "region"]].tolist() == [
        "Iwate",
        "岩手県",
        "Tohoku",
    ]
    assert df.loc["JP-01", "name_ja"] == "北海道"
    assert df.loc["JP-13", ["name_en", "name_ja", "region"]].tolist() == [
        "Tokyo",
        "東京都",
        "Kanto",
    ]
    assert df.loc["JP-27", "name_ja"] == "大阪府" and df.loc["JP-26", "name_ja"] == "京都府"
    assert df.loc["JP-47", ["name_en", "region"]].tolist() == ["Okinawa", "Kyushu-Okinawa"]
    assert Counter(df["region"]) == {
        "Hokkaido": 1,
        "Tohoku": 6,
        "Kanto": 7,
        "Chubu": 9,
        "Kansai": 7,
        "Chugoku": 5,
        "Shikoku": 4,
        "Kyushu-Okinawa": 8,
    }


def test_a_prefecture_missing_from_the_region_file_is_an_error(tmp_path: Path) -> None:
    text = (REFERENCE / "japan_regions.yaml").read_text(encoding="utf-8")
    (tmp_path / "japan_regions.yaml").write_text(
        text.replace("JP-07]", "]").replace(", ]", "]"), encoding="utf-8"
    )
    with pytest.raises(RegistryError, match=r"JP-07 \(Fukushima\) is in no region"):
        build_prefectures(tmp_path)

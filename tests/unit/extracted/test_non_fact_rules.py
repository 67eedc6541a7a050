"""More numbers a page carries that are no quantity (issue "Facts from documents nobody wrote
for us", point 2), in English and Japanese: each gives no fact where it stands, the fact beside
it still comes out, and the rule that set it aside has a name (the candidates' reason). Texts
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.scoring import read_texts
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.numbers.non_facts import named_spans


@pytest.mark.parametrize(
    ("text", "not_read", "reason"),
    [
        ("See jris.example.org/2021/report for the 4 sites.", 2021.0, "web_address"),
        ("The office stands at 38.2682° N, 140.8694° E near 3 parks.", 38.2682, "coordinate"),
        ("The office stands at 38°16′N 140°52′E near 3 parks.", 16.0, "coordinate"),
        ("The call is at 9am GMT+1 with 3 partners.", 1.0, "time_zone"),
        ("The agency shipped version 2.3 of the tool to 3 towns.", 2.3, "version_number"),
        ("Japan promotes Society 5.0 across 12 regions.", 5.0, "name_number"),
        ("The Windows 10 rollout reached 3 towns.", 10.0, "name_number"),
        ("The 3 depots lie along Route 9.", 9.0, "name_number"),  # a name ending its sentence
        # a standard's number, a site's building: names, however many digits
        ("The mill holds ISO 14001 and 3 other marks.", 14001.0, "name_number"),
        ("Building 4 houses 20 start-ups.", 4.0, "name_number"),
        # a title's edition year: part of the title, no event's date
        ("Harbour Review: port data, 2022 edition. The port had 30 berths.", 2022.0,
         "name_number"),
        ("The review, Issue 25, lists 40 firms.", 25.0, "part_number"),
        ("Item 4 of the plan names 3 towns.", 4.0, "part_number"),
        ("Page 3 of 12", 12.0, "running_head"),
        ("- 12 -", 12.0, "running_head"),
        ("Annual Report on Clusters 2020 | 12", 12.0, "running_head"),
        ("所在地は北緯38.2682°、東経140.8694°で、3つの公園がある。", 38.2682, "coordinate"),
        ("UTC+9時間の地域に3拠点を置く。", 9.0, "time_zone"),
        ("ver.3の機能を5社が使う。", 3.0, "version_number"),
        ("iPhone 12の販売が5割伸びた。", 12.0, "name_number"),
        ("Society 5.0の実現に向けて12地域で取り組む。", 5.0, "name_number"),
        ("項目7、12ページを参照。", 7.0, "part_number"),
        ("ページ 3 / 12", 12.0, "running_head"),
        ("数百社が集まった。", 100.0, "vague_numeral"),
        ("観光は町の再生を支える柱の一つとなった。", 1.0, "listing"),
        ("課題は多い。その一つは人材の確保である。", 1.0, "listing"),
        ("この制度は二つの目的で設けられ、8社が参加した。", 2.0, "listing"),
        ("計画は三つの柱からなる。", 3.0, "listing"),
        # a chart's title gives the year of what it shows, whatever its case, or before its unit
        ("FIGURE 2 - WIND FARMS ON THE NORTH COAST - Energy Agency, 2019", 2019.0,
         "caption_year"),
        ("Exports of Norway by sector, 2016 (Unit: Million Kroner)", 2016.0, "caption_year"),
        ("The desk is at 4-2 Ote-machi 3-chome, Kita-ku, with 12 staff.", 3.0, "street_address"),
        # a full date after a title on a page's first lines is the page's date, no event
        ("Harbour Innovation Forum May 12, 2008 Notes on the Port Law enacted in 1990", 2008.0,
         "dateline"),
    ],
)  # fmt: skip
def test_a_number_that_is_no_quantity_gives_no_fact_and_says_why(
    text: str, not_read: float, reason: str
) -> None:
    facts = facts_in_text(text)
    assert not_read not in [f.value for f in facts], [(f.value, f.unit) for f in facts]
    assert reason in {r for _, _, r in named_spans(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("See jris.example.org/2021/report for the 4 sites.", 4.0),
        ("Japan promotes Society 5.0 across 12 regions.", 12.0),
        ("Harbour Innovation Forum May 12, 2008 Notes on the Port Law enacted in 1990", 1990.0),
        ("The port law was signed May 12, 2008 and 3 zones followed.", 3.0),
        ("The review, Issue 25, lists 40 firms.", 40.0),
        # a time with its unit glued on after a road's name is the time by that road
        ("By bus: Expressway 50min to the port", 50.0),
        ("Building 4 houses 20 start-ups.", 20.0),
        ("The city is building 2 new labs.", 2.0),  # the verb names nothing
        ("By the close of its 2nd stage, 14 towns had joined.", 14.0),
        # a numbering word after a demonstrative numbers nothing: the count after it counts
        ("In this stage 12 pilot sites were chosen.", 12.0),
        ("Society 5.0の実現に向けて12地域で取り組む。", 12.0),
        ("この制度は二つの目的で設けられ、8社が参加した。", 8.0),
        ("港の一つを改修し、3つの倉庫を新設した。", 3.0),
    ],
)
def test_the_fact_beside_a_non_fact_still_comes_out(text: str, value: float) -> None:
    assert value in [f.value for f in facts_in_text(text)]


def test_a_listing_set_aside_is_a_row_the_candidates_contract_accepts() -> None:
    """The reason the rule sets a listing aside with is one fact_candidates allows: else the
    release would set the row aside again, as breaking its contract."""
    from pathlib import Path

    from pipelines.extracted.frames import extract_frames
    from pipelines.raw.registry import SourceDocument
    from schemas import CONTRACTS

    text = "課題は多い。その一つは人材の確保で、今年は12社が研修に参加した。\n"
    doc = SourceDocument("listing", Path("listing.txt"), {"title": "L", "language": "ja"},
                         "inferred", "0" * 64, len(text.encode()), text, "utf-8")  # fmt: skip
    frames = extract_frames([doc])
    assert "listing" in set(frames.candidates["reason"])
    assert [f for f in frames.facts["value"]] == [12.0]
    CONTRACTS["fact_candidates"].validate(frames.candidates)


def test_an_ordinal_naming_a_part_is_no_rank_and_still_names_what_it_heads(
    tmp_path: Path,
) -> None:
    """`its 2nd stage` is no rank; the ordinal is not blanked, so `1st stage:` still labels the
    counts of its row (it once lost its digits: `regions (st stage)`)."""
    assert [
        f.value for f in facts_in_text("By the close of its 2nd stage, 14 towns had joined.")
    ] == [14.0]
    text = (
        "Harbour programme\n\n1st stage: Ended 11 ports, Active 4 ports 2nd stage: Active 6 ports\n"
    )
    facts = extract_frames(read_texts(tmp_path, {"stages": text})).facts
    assert "rank" not in set(facts["unit"])
    eleven = facts[facts["value"] == 11.0].iloc[0]
    assert "1st stage" in eleven["measure"], eleven["measure"]

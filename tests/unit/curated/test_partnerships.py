"""eu_japan_partnerships and eu_japan_partnership_partners on a short made-up report laid out
like the bound ECCP report: a list of partnerships under the RIT heading, then cases."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipelines.curated.build import build_curated
from pipelines.curated.from_tables import load_bindings
from pipelines.extracted.frames import extract_frames
from pipelines.raw.registry import read_corpus
from schemas import CONTRACTS

REPORT = """# 3. Stories of cluster links

## 3.1 Cluster links identified by the JETRO-RIT programme

Food/Drink

- Harbour Food Guild, Kagoshima Prefecture, Japan – Nordic Taste Cluster, Skåne, Sweden: a \
link between two food clusters, born in 2012, which trades recipes.
- Inland Sake Forum Niigata Prefecture, Japan - Alpine Wine Network, Austria : this exchange \
started in 2016 with a tasting tour.

## 3.2 Cluster links identified by the European Clusters

Name of cluster\tSector of activity\tEU countries involved\tEU Support\tState of cooperation with Japan
Silk Road Partnership\tTextiles\tFR, IT\tECCP – ESCP4i\tThe consortium has looked at Japan as \
a market for its members since 2015 and plans a first visit, though no date has been given yet.

Name of cluster\tSector of activity\tEU countries involved\tESCP-4i category\tState of cooperation with Japan
Nordic Taste Cluster+\tFood\tSE, DK\tStrand 2\tIt met the Japanese food guilds twice, once \
in each country, and keeps a contact point in Kagoshima for its members who wish to export.

## 3.3 Examples of best Practices of cluster links

Cooperation between Alpine Wine Network – Niigata Rice Foundation (NRF)/ Inland Sake Forum

Sectors and subsectors concerned:

- Wine, sake and rice (brewing, storage, tasting)

Context:

- The two sides meet each spring to compare their cellars.

Cooperation between Lyon Loom Cluster (France)/MAFF (Ministry of Agriculture) (Japan), in \
partnership with Weavers Guild and Japan Silk Association (JSA)

Sectors and subsectors concerned:

- Silk weaving (fashion, furnishing, medical textiles, bridal wear)

Context:

- In 2009, the Lyon Loom Cluster first travelled to Japan to buy raw silk.

# 4. Other matters

Nothing about partnerships here.
"""


def _curated(raw: Path, report: str) -> tuple[dict[str, str], dict[str, pd.DataFrame]]:
    """The texts and curated tables of a raw folder holding `report` as the bound report."""
    (raw / f"{load_bindings()['eu_japan_partnerships']['doc']}.txt").write_text(report)
    (raw / "curation").mkdir()
    corpus = read_corpus(raw, raw / "registry.yaml")
    f = extract_frames(corpus.documents)
    texts = {d.doc_id: d.text for d in corpus.documents}
    return texts, build_curated(texts, f.blocks, f.tables, f.cells, f.facts, raw / "curation")


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    return _curated(tmp_path_factory.mktemp("raw"), REPORT)[1]


def test_each_partnership_is_one_row_and_a_case_about_a_listed_one_is_its_alias(
    tables: dict[str, pd.DataFrame],
) -> None:
    p = tables["eu_japan_partnerships"]
    CONTRACTS["eu_japan_partnerships"].validate(p)
    rows = {r.european_partner: r for r in p.itertuples()}
    assert sorted(rows) == ["Alpine Wine Network", "Lyon Loom Cluster", "Nordic Taste Cluster"]
    wine = rows["Alpine Wine Network"]
    assert (wine.japanese_partner, wine.japanese_place, wine.country_code) == (
        "Inland Sake Forum",
        "Niigata Prefecture",
        "AT",
    )
    assert wine.aliases.startswith("Cooperation between Alpine Wine Network – Niigata Rice")
    assert (wine.sector, wine.started_year) == ("Food/Drink", 2016)
    assert rows["Nordic Taste Cluster"].aliases == "Nordic Taste Cluster+"  # the ESCP-4i table's
    silk = rows["Lyon Loom Cluster"]
    assert silk.sector == "Silk weaving (fashion, furnishing, medical textiles, bridal wear)"
    assert (silk.started_year, silk.country_code) == (2009, "FR")


def test_every_partner_is_a_row_with_its_side_country_and_role(
    tables: dict[str, pd.DataFrame],
) -> None:
    partners = tables["eu_japan_partnership_partners"]
    CONTRACTS["eu_japan_partnership_partners"].validate(partners)
    ids = tables["eu_japan_partnerships"].set_index("european_partner")["partnership_id"]

    def of(european: str) -> list[tuple[str, str, str | None, str | None]]:
        rows = partners[partners["partnership_id"] == ids[european]]
        return sorted(
            (r.partner, r.side, None if pd.isna(r.country_code) else r.country_code,
             None if pd.isna(r.role) else r.role)
            for r in rows.itertuples()
        )  # fmt: skip

    assert of("Alpine Wine Network") == [
        ("Alpine Wine Network", "europe", "AT", None),
        ("Inland Sake Forum", "japan", "JP", None),
        ("Niigata Rice Foundation (NRF)", "japan", "JP", None),
    ]
    assert of("Lyon Loom Cluster") == [
        ("Japan Silk Association (JSA)", "japan", "JP", "in partnership with"),
        ("Lyon Loom Cluster", "europe", "FR", None),
        ("MAFF (Ministry of Agriculture)", "japan", "JP", None),
        ("Weavers Guild", "europe", None, "in partnership with"),
    ]
    assert of("Nordic Taste Cluster") == [
        ("Harbour Food Guild", "japan", "JP", None),
        ("Nordic Taste Cluster", "europe", "SE", None),
    ]
    text = REPORT  # the fixture is the document's text as written
    for r in partners.itertuples():
        assert r.quote == r.partner and r.partner in text


def test_a_corpus_without_the_report_has_both_tables_empty(tmp_path: Path) -> None:
    (tmp_path / "other.txt").write_text("A note without partnerships, written in 2020.\n")
    (tmp_path / "curation").mkdir()
    corpus = read_corpus(tmp_path, tmp_path / "registry.yaml")
    f = extract_frames(corpus.documents)
    texts = {d.doc_id: d.text for d in corpus.documents}
    out = build_curated(texts, f.blocks, f.tables, f.cells, f.facts, tmp_path / "curation")
    for name in ("eu_japan_partnerships", "eu_japan_partnership_partners"):
        assert out[name].empty and list(out[name].columns) == CONTRACTS[name].column_names


SIDE_YEARS = """# 3. Stories of cluster links

## 3.1 Cluster links identified by the JETRO-RIT programme

Robotics

- Lakeside Robotics Hub, Shiga Prefecture, Japan – Danube Mechatronics, Bavaria, Germany: the \
Bavarian side hosted a fair on river shipping in 2010. Trainees now move between the hubs.
- Coastal Kelp Council, Hokkaido, Japan – Atlantic Algae Cluster, Bretagne, France: in 2018 \
both councils signed an MoU on seaweed processing.

""" + REPORT[REPORT.index("## 3.2") : REPORT.index("## 3.3")]


def test_a_year_that_dates_something_else_is_no_start_year(tmp_path: Path) -> None:
    """A partnership's start is a year its story says it started or was signed, never merely
    the first year the story names (a fair one side hosted before the link existed)."""
    texts, built = _curated(tmp_path, SIDE_YEARS)
    rows = {r.european_partner: r for r in built["eu_japan_partnerships"].itertuples()}
    assert sorted(rows) == ["Atlantic Algae Cluster", "Danube Mechatronics"]
    assert pd.isna(rows["Danube Mechatronics"].started_year)
    kelp = rows["Atlantic Algae Cluster"]
    assert (kelp.started_year, kelp.mou_year) == (2018, 2018)


LISTED = (
    REPORT[: REPORT.index("## 3.3")]
    + """## 3.3 Examples of best Practices of cluster links

Cooperation between Baltic Glass Cluster (Latvia)/Arita Porcelain Guild (Japan), in \
partnership with Riga Design Hub

Partners:

• Riga Design Hub: a design centre in Latvia with forty studios.
• Kyushu Ceramics Society: a learned society of potters in Japan, founded long ago.
• Nordic Kiln Makers: a kiln builders' association from Finland.

Sectors and subsectors concerned:

• Glass and ceramics (tableware, tiles)
"""
)


def test_a_case_partners_list_adds_each_partner_once(tmp_path: Path) -> None:
    """A case that lists its partners (`Partners: • Name: who they are`) gives one row per
    partner not already named in its title, on the side its description says."""
    texts, built = _curated(tmp_path, LISTED)
    CONTRACTS["eu_japan_partnership_partners"].validate(built["eu_japan_partnership_partners"])
    glass = built["eu_japan_partnerships"].set_index("european_partner").loc["Baltic Glass Cluster"]
    partners = built["eu_japan_partnership_partners"]
    mine = partners[partners["partnership_id"] == glass["partnership_id"]]
    got = sorted(zip(mine["partner"], mine["side"], mine["role"].fillna(""), strict=True))
    assert got == [
        ("Arita Porcelain Guild", "japan", ""),
        ("Baltic Glass Cluster", "europe", ""),
        ("Kyushu Ceramics Society", "japan", "listed partner"),
        ("Nordic Kiln Makers", "europe", "listed partner"),
        ("Riga Design Hub", "europe", "in partnership with"),
    ]
    assert all(text.startswith(q, s) for text, q, s in zip(
        [texts[d] for d in mine["doc_id"]], mine["quote"], mine["char_start"], strict=True
    ))  # fmt: skip

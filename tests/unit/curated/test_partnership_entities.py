"""Partnerships as entities, on a short made-up report laid out like the bound ECCP report: the
same partnership named in two tables (the RIT list and the ESCP-4i table) and in prose is one
entity, its names as written its aliases, every place it is named an entity mention."""

from __future__ import annotations

import pandas as pd
import pytest

from pipelines.curated.build import build_curated
from pipelines.curated.from_tables import load_bindings
from pipelines.extracted.frames import extract_frames
from pipelines.raw.registry import read_corpus
from schemas import CONTRACTS

REPORT = """# 3. Links between clusters

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

# 4. What the links may become

The **Harbour Food Guild**/**Nordic Taste Cluster** link is the oldest of the food links. \
The SILK-ROAD partnership has yet to visit.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    raw = tmp_path_factory.mktemp("raw")
    (raw / f"{load_bindings()['eu_japan_partnerships']['doc']}.txt").write_text(REPORT)
    (raw / "curation").mkdir()
    corpus = read_corpus(raw, raw / "registry.yaml")
    f = extract_frames(corpus.documents)
    texts = {d.doc_id: d.text for d in corpus.documents}
    return build_curated(texts, f.blocks, f.tables, f.cells, f.facts, raw / "curation")


def _partnerships(built: dict[str, pd.DataFrame]) -> pd.DataFrame:
    ents = built["entities"]
    return ents[ents["type"] == "partnership"].set_index("entity_id")


def test_a_partnership_in_two_tables_is_one_entity_with_the_names_of_both(
    built: dict[str, pd.DataFrame],
) -> None:
    CONTRACTS["entities"].validate(built["entities"])
    eujp = built["eu_japan_partnerships"].set_index("european_partner")
    escp = built["escp4i_partnerships"].set_index("name")
    food = eujp.at["Nordic Taste Cluster", "entity_id"]
    assert escp.at["Nordic Taste Cluster+", "entity_id"] == food  # the ESCP-4i table's row
    ents = _partnerships(built)
    aliases = list(ents.at[food, "aliases"])
    assert "Nordic Taste Cluster+" in aliases
    assert (
        "Harbour Food Guild, Kagoshima Prefecture, Japan – Nordic Taste Cluster, Skåne, Sweden"
        in (aliases)
    )
    assert "Harbour Food Guild/Nordic Taste Cluster" in aliases  # prose, markup left out
    holding = [e for e, a in ents["aliases"].items() if "Nordic Taste Cluster+" in list(a)]
    assert holding == [food]


def test_every_partnership_is_an_entity_dated_where_the_report_dates_it(
    built: dict[str, pd.DataFrame],
) -> None:
    ents = _partnerships(built)
    eujp = built["eu_japan_partnerships"]
    escp = built["escp4i_partnerships"]
    CONTRACTS["eu_japan_partnerships"].validate(eujp)
    CONTRACTS["escp4i_partnerships"].validate(escp)
    assert set(ents.index) == set(eujp["entity_id"]) | set(escp["entity_id"])
    assert len(ents) == 3  # two listed links, the silk partnership of the ESCP-4i table only
    assert eujp["entity_id"].is_unique
    for r in eujp.itertuples():
        e = ents.loc[r.entity_id]
        assert e["founded_or_enacted_year"] == r.started_year
        assert str(r.started_year) in e["year_quote"]
        assert REPORT[e["year_char_start"] : e["year_char_end"]] == e["year_quote"]
    silk = escp.set_index("name").at["Silk Road Partnership", "entity_id"]
    assert ents.at[silk, "name"] == "Silk Road Partnership"
    assert "SILK-ROAD partnership" in list(ents.at[silk, "aliases"])  # as the prose spells it


def test_every_place_a_partnership_is_named_is_a_mention(
    built: dict[str, pd.DataFrame],
) -> None:
    men = built["entity_mentions"]
    CONTRACTS["entity_mentions"].validate(men)
    ents = _partnerships(built)
    food = (
        built["eu_japan_partnerships"]
        .set_index("european_partner")
        .at["Nordic Taste Cluster", "entity_id"]
    )
    own = men[men["entity_id"] == food]
    assert sorted(own["surface"]) == [
        "Harbour Food Guild**/**Nordic Taste Cluster",
        "Harbour Food Guild, Kagoshima Prefecture, Japan – Nordic Taste Cluster, Skåne, Sweden",
        "Nordic Taste Cluster+",
    ]
    for r in own.itertuples():
        assert REPORT[r.char_start : r.char_end] == r.quote and isinstance(r.block_id, str)
    counts = men["entity_id"].value_counts()
    for entity_id, e in ents.iterrows():
        assert e["n_mentions"] == counts.get(entity_id, 0)

"""facts.entity_id from the grammar of the number's sentence (issue 35): the entity the sentence
attaches the number to, not the nearest name; sentences and registry of our own words."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipelines.curated.entities import find_mentions
from pipelines.curated.fact_entities import link_facts

REGISTRY = """entities:
  - {id: harbour-net, name: Harbour Network, type: organisation}
  - {id: port-agency, name: Port Agency, type: organisation}
"""


def linked(tmp_path: Path, text: str, numbers: list[tuple[str, str]]) -> list[str | None]:
    """entity_id of each (number, fact type) of a one-paragraph document under the heading
    `Harbour Network`."""
    registry = tmp_path / "entities.yaml"
    registry.write_text(REGISTRY, encoding="utf-8")
    texts = {"d": text}
    blocks = pd.DataFrame(
        [{"block_id": "b1", "doc_id": "d", "char_start": 0, "char_end": len(text),
          "heading_path": ["Harbour Network"]}]
    )  # fmt: skip
    rows = []
    for number, fact_type in numbers:
        at = text.index(number)
        end = text.find(". ", at)
        start = text.rfind(". ", 0, at)
        sentence = text[start + 2 if start >= 0 else 0 : end + 1 if end >= 0 else len(text)]
        rows.append(
            {"fact_id": number, "doc_id": "d", "block_id": "b1", "table_id": None,
             "fact_type": fact_type, "char_start": at, "char_end": at + len(number),
             "quote": number, "sentence": sentence}
        )  # fmt: skip
    mentions = find_mentions(registry, texts)
    mentions["block_id"] = "b1"
    out = link_facts(pd.DataFrame(rows), mentions, blocks, texts, registry)
    return [None if pd.isna(e) else e for e in out["entity_id"]]


def test_a_number_belongs_to_the_subject_the_grammar_gives_it(tmp_path: Path) -> None:
    text = "The Port Agency, working with the Harbour Network, had 40 ships last winter."
    assert linked(tmp_path, text, [("40", "quantity")]) == ["port-agency"]


def test_a_year_of_an_unregistered_law_is_not_the_heading_s_network(tmp_path: Path) -> None:
    text = "Harbour Network members met monthly. In 2010, the Coastal Safety Law was revised."
    assert linked(tmp_path, text, [("2010", "year")]) == [None]


def test_without_a_named_owner_the_nearest_name_still_serves(tmp_path: Path) -> None:
    text = "The Harbour Network grew fast. It had 55 members by the spring."
    assert linked(tmp_path, text, [("55", "quantity")]) == ["harbour-net"]
    # the doer of a verb other than having says nothing of whose the number is
    text = "The Port Agency said the Harbour Network designated 12 sites."
    assert linked(tmp_path, text, [("12", "quantity")]) == ["harbour-net"]


def test_sentences_that_go_on_about_a_name_carry_it_to_the_number(tmp_path: Path) -> None:
    """`The agency ... The agency handled 300 crates`: each sentence since the name opens by
    going on about it, so the number is the named agency's, not the heading's network; a
    chain that crosses a paragraph carries nothing."""
    text = "The Port Agency runs the north quay. The agency ships grain. The agency handled 300 crates."
    assert linked(tmp_path, text, [("300", "quantity")]) == ["port-agency"]
    text = "The Port Agency runs the north quay.\n\nThe quay is old. The quay handled 300 crates."
    assert linked(tmp_path, text, [("300", "quantity")]) == ["harbour-net"]


def test_a_name_in_the_list_item_before_is_not_in_the_numbers_sentence(tmp_path: Path) -> None:
    """List items end without a stop: the Port Agency named in one item does not own the next
    item's number, which goes to the heading's network; an item that goes on (`Its ...`) does."""
    registry = tmp_path / "entities.yaml"
    registry.write_text(REGISTRY, encoding="utf-8")
    items = ["- Backed by the Port Agency\n", "- Its 40 cranes\n", "- 300 crates a week\n"]
    text = "".join(items)
    starts = [sum(len(i) for i in items[:k]) for k in range(len(items))]
    blocks = pd.DataFrame(
        [{"block_id": f"b{k}", "doc_id": "d", "char_start": s, "char_end": s + len(items[k]),
          "heading_path": ["Harbour Network"]} for k, s in enumerate(starts)]
    )  # fmt: skip
    rows = [
        {"fact_id": n, "doc_id": "d", "block_id": f"b{k}", "table_id": None,
         "fact_type": "quantity", "char_start": text.index(n), "char_end": text.index(n) + len(n),
         "quote": n, "sentence": items[k].strip("- \n")}
        for k, n in ((2, "300"), (1, "40"))
    ]  # fmt: skip
    mentions = find_mentions(registry, {"d": text})
    mentions["block_id"] = "b0"
    out = link_facts(pd.DataFrame(rows), mentions, blocks, {"d": text}, registry)
    assert list(out["entity_id"]) == ["harbour-net", "port-agency"]


def test_a_list_item_s_number_belongs_to_the_name_the_item_opens_with(tmp_path: Path) -> None:
    """Two sentences on, nearness finds no name; the item's lead, not the section's heading,
    says whose the number is."""
    registry = tmp_path / "entities.yaml"
    registry.write_text(REGISTRY, encoding="utf-8")
    text = "- Harbour Network: a ferry link. Boats sail daily. The quays will add 30 berths."
    at = text.index("30")
    blocks = pd.DataFrame(
        [{"block_id": "b1", "doc_id": "d", "kind": "list_item", "char_start": 0,
          "char_end": len(text), "heading_path": ["Port Agency"]}]
    )  # fmt: skip
    facts = pd.DataFrame(
        [{"fact_id": "f", "doc_id": "d", "block_id": "b1", "table_id": None,
          "fact_type": "quantity", "char_start": at, "char_end": at + 2, "quote": "30",
          "sentence": "The quays will add 30 berths."}]
    )  # fmt: skip
    mentions = find_mentions(registry, {"d": text})
    out = link_facts(facts, mentions, blocks, {"d": text}, registry)
    assert list(out["entity_id"]) == ["harbour-net"]
    # a paragraph opening with a name is not a list item: the heading serves
    out = link_facts(facts, mentions, blocks.assign(kind="paragraph"), {"d": text}, registry)
    assert list(out["entity_id"]) == ["port-agency"]

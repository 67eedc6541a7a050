"""What a Japanese number measures when the counted take part in an act (a list of counts that
join a project, places a topic changed in), when an amount is said to be the same as the one
before (同), and what a year dates when it starts a stage or a clause, is a law's number date or
is itself what a topic is; a list line's label a plain space parts from its amount. Sentences
written for these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = [
    "本事業では、県内の中小企業36社と大学4校が共同研究に参加している。",
    "全国で12の拠点を整備し、900社と40大学が参加した。",
    "支援期間は最長3年間とし、最大10社を採択する。",
    "製造品出荷額は42市町で増加した。",
    "1件あたりの上限額は県で2億円(事業費ベースで4億円)、市で1億円(同7億円)とする。",
    "研究会は2008年度から第2期に入った。",
    "県が2003年度から取り組んできた地域の技術振興を図る研究拠点事業は終了した。",
    "県が2005年度から産学連携計画と名付けた地域振興策に取り組み、成果を上げた。",
    "地域技術振興法(昭和60年5月1日 法律第40号)により、全国20の地域が指定された。",
    "町制の施行は昭和二十九年で、その後工業団地の造成が進んだ。",
    "新社屋の完成は2012年だった。",
    "2011年度から第4期(~15年)に入り、事業の見直しが進められている。",
    "国が2004年度から取り組んできた地方の技術力の底上げを狙う広域連携推進モデル事業は好評だ。",
    "県内の市町別では、事業所数は40市町で減少、従業者数は31市町で減少した。",
    "・山陰地域（鳥取県、島根県） 6,100万円",
    "同構想は1987年に国の認定を受け、整備が始まった。",
    "村の人口は、昭和四十年の五千人から平成七年には九千人に増加した。",
    "3. 2009年(57社)",
    "予算として2020年度、2021年度ともに500億円を計上しており、事業は順調だ。",
    "九州戦略(素材分野、40社5大学)などがある。",
    "拠点整備費は県が3億円、市が1億円を負担する。",
]


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures("\n\n".join(_SENTENCES))


@pytest.mark.parametrize(
    ("quote", "measure"),
    [
        ("36社", "共同研究に参加している中小企業数"),  # first of a と-list: the list's act
        ("4校", "共同研究に参加している大学数"),
        ("900社", "全国で参加した企業数"),  # a bare 社 counts firms; the scope is kept
        ("40大学", "全国で参加した大学数"),
        ("10社", "採択企業数"),  # 最大 is how many at most, no name
        ("42市町", "製造品出荷額が増加した市町数"),  # the places the topic rose in
        ("7億円", "1件あたりの上限額"),  # 同: as the amount before
        ("2008年度", "第2期の開始"),  # から a stage is entered: its start
        ("2003年度", "地域の技術振興を図る研究拠点事業の開始"),  # without the dating clause
        ("2005年度", "産学連携計画と名付けた地域振興策の開始"),  # the naming is no act
        ("昭和60年", "地域技術振興法の公布"),  # a law's number date: promulgated
        ("昭和二十九年", "町制の施行"),  # the year is what the topic's date is
        ("2012年", "新社屋の完成"),
        ("2011年度", "第4期の開始"),  # the stage, not its span in brackets
        ("2004年度", "地方の技術力の底上げを狙う広域連携推進モデル事業の開始"),  # cut phrase
        ("40市町", "事業所数が減少した市町数"),  # the topic before, over a list of changes
        ("31市町", "従業者数が減少した市町数"),
        ("6,100万円", "山陰地域"),  # a list line's label, a space apart once the text is cleaned
        ("1987年", "同構想の認定"),  # an act received: the subject's, not the giver's
        ("五千人", "村の人口"),  # the level it rose from, no increase
        ("57社", "企業数"),  # a bare count in a list line: what its counter counts
        ("500億円", "予算の計上額"),  # として opens the clause the parse hangs apart
        ("40社", "企業数"),  # a measure that is only its counter: what the counter counts
        ("3億円", "拠点整備費（県）"),  # an item marked が of an amount topic, with no comma
    ],
)
def test_japanese_measure_of_acts_sameness_and_dated_starts(
    measures: dict[str, str | None], quote: str, measure: str
) -> None:
    got = next((m for q, m in measures.items() if q.startswith(quote)), "<no fact>")
    assert got == measure

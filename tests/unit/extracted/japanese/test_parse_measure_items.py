"""What a Japanese number measures when its sentence lists items: a superlative before a count
(最多の) is how it ranks, not what it counts; a noun marked で right before a change is the item
that changed (支出で約7%の減少); an ordinal (第2期) is part of the name it opens; a verbal
noun with a counter of a kind (公募12社, 12校の参加) names those who take part (参加学校); a
name written right before an amount of the topic says whose it is (用地は北川電機の約4ha); a
counted subject of a verbal noun is named with the verb's object (計画策定地域); an amount
said as something (として) is that thing's (研究開発費の予算); a span of years that names
nothing is a period (期間); a count of a kind of what the topic names is the topic's items of
that kind (参加大学のうち私立大学); an area a verbal noun acts on is its area (造成面積), the
named firm's where one does it; nouns joined by ・ are one name, kept as written (中堅・中小企業).
Sentences written for these tests, parsed in one call."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = [
    "応募の内訳は、観光振興が最多の128件、農業支援が75件であった。",
    "前年度と比べ、支出で約7%の減少、人件費は約4%の増加となった。",
    "第3次公募12社と合わせて、支援先は計30社となった。",
    "第2期計画の予算は約30億円である。",
    "県内では12校の参加が見込まれる。",
    "最大の用地は北川電機(本社・仙台市)の約4ヘクタールである。",
    "主な用地は、北川電機で三ヘクタール、南野化学は二ヘクタールとなった。",
    "売上高は東山工業の約25億円であった。",
    "これまでに18地域が一応整備計画を承認されている。",
    "県内の9地域が地域振興計画を策定した。",
    "研究開発費として約3億円の予算が計上された。",
    "これを続けて、4年間。",
    "参加大学は、国立大学7校と私立大学11校である。",
    "市は工業団地として約40ヘクタールを造成した。",
    "新たに進出した西浜電子(本社・福岡市)が六ヘクタールを取得した。",
    "県内の中堅・中小企業は約2,700社である。",
]


@pytest.fixture(scope="module")
def measures() -> dict[str, str | None]:
    return quote_measures("\n\n".join(_SENTENCES))


@pytest.mark.parametrize(
    ("quote", "measure"),
    [
        ("128件", "観光振興数"),  # 最多 ranks the count; the subject names it
        ("75件", "農業支援数"),
        ("7%", "支出の減少率"),  # the item marked で, not the next clause's topic
        ("4%", "人件費の増加率"),
        ("12社", "第3次公募企業数"),  # the ordinal kept, the firms named by 社
        ("30億円", "第2期計画の予算"),
        ("12校", "見込まれる参加学校数"),
        ("4ヘクタール", "北川電機の最大の用地"),  # the name's, past its aside in brackets
        ("三ヘクタール", "北川電機の主な用地"),  # marked で, after the topic and a comma
        ("25億円", "東山工業の売上高"),
        ("18地域", "整備計画承認地域数"),  # the object approved, not the bare verb
        ("9地域", "県内の地域振興計画策定地域数"),  # whose, then what they did
        ("3億円", "研究開発費の予算"),  # what it is put down as, not the clause after
        ("4年間", "期間"),  # no name, no bare counter
        ("7校", "参加大学のうち国立大学数"),
        ("11校", "参加大学のうち私立大学数"),
        ("40ヘクタール", "工業団地の造成面積"),
        ("六ヘクタール", "西浜電子の取得面積"),
        ("2,700社", "県内の中堅・中小企業数"),
    ],
)
def test_japanese_measure_of_listed_items(
    measures: dict[str, str | None], quote: str, measure: str
) -> None:
    got = next((m for q, m in measures.items() if q.startswith(quote)), "<no fact>")
    assert got == measure

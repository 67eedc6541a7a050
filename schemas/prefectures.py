"""`prefectures`: the 47 prefectures of Japan, the reference every prefecture_code points to."""

import pandera.pandas as pa
from pandera.typing import Series

REGIONS = ["Hokkaido", "Tohoku", "Kanto", "Chubu", "Kansai", "Chugoku", "Shikoku", "Kyushu-Okinawa"]


class Prefectures(pa.DataFrameModel):
    code: Series[str] = pa.Field(
        unique=True,
        str_matches=r"^JP-(0[1-9]|[1-3][0-9]|4[0-7])$",
        description="ISO 3166-2:JP code, JP-01 (Hokkaido) to JP-47 (Okinawa).",
    )
    name_en: Series[str] = pa.Field(
        unique=True,
        description=(
            "English (romanised) name as in ISO 3166-2, without the suffix (Iwate, Tokyo)."
        ),
    )
    name_ja: Series[str] = pa.Field(
        unique=True,
        str_matches=r"^.+[都道府県]$",
        description=("Official Japanese name with its suffix 都, 道, 府 or 県 (岩手県, 東京都)."),
    )
    region: Series[str] = pa.Field(
        isin=REGIONS,
        description=(
            "One of the eight regions of Japan: Hokkaido, Tohoku, Kanto, Chubu, Kansai, "
            "Chugoku, Shikoku, Kyushu-Okinawa."
        ),
    )
    source: Series[str] = pa.Field(
        description="Where the row comes from (ISO 3166-2 via pycountry, region file)."
    )

    class Config:
        strict = True
        description = (
            "Reference table of the 47 prefectures of Japan with ISO 3166-2:JP codes, "
            "English and Japanese names and region."
        )

"""The 47 prefectures: ISO 3166-2:JP from pycountry, regions and name suffixes from raw/reference."""

from __future__ import annotations

import gettext
from pathlib import Path

import pandas as pd
import pycountry

from pipelines.plumbing.errors import RegistryError
from pipelines.raw.safe_yaml import load_yaml

REGION_FILE = "japan_regions.yaml"


def build_prefectures(reference_dir: Path) -> pd.DataFrame:
    path = reference_dir / REGION_FILE
    ref = load_yaml(path, RegistryError)
    regions, suffixes = (ref.get(k) if isinstance(ref, dict) else None
                         for k in ("regions", "name_ja_suffix"))  # fmt: skip
    if not isinstance(regions, dict) or not isinstance(suffixes, dict) or "default" not in suffixes:
        raise RegistryError(
            f"{path}: expected 'regions:' (region -> list of codes) and 'name_ja_suffix:' "
            "(code -> suffix, with a 'default')"
        )
    region_of = {code: region for region, codes in regions.items() for code in codes or []}
    ja = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ja"])
    rows = []
    for sub in sorted(pycountry.subdivisions.get(country_code="JP"), key=lambda s: s.code):
        if sub.code not in region_of:
            raise RegistryError(f"{path}: prefecture {sub.code} ({sub.name}) is in no region")
        bare = ja.gettext(sub.name)
        rows.append(
            {
                "code": sub.code,
                "name_en": sub.name,
                "name_ja": bare + str(suffixes.get(sub.code, suffixes["default"])),
                "region": region_of[sub.code],
                "source": f"ISO 3166-2:JP (pycountry {pycountry_version()}); raw/reference/{REGION_FILE}",
            }
        )
    unknown = set(region_of) - {r["code"] for r in rows}
    if unknown:
        raise RegistryError(f"{path}: codes not in ISO 3166-2:JP: {sorted(unknown)}")
    return pd.DataFrame(rows)


def pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")

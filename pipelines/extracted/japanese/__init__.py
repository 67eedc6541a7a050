"""Facts from Japanese text: kanji and full-width numerals, 万/億/兆 scales, era and fiscal years,
place names and counters."""

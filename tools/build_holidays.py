#!/usr/bin/env python3
"""Build Sources/Gazetteer/Data/holidays.tsv from the PyPI `holidays` package (MIT).

One line per public holiday: ISO date, ISO 3166-1 country code, name. The name is the
zh-Hant one where the package has it (TW: zh_TW, CN: zh_TW, HK: zh_HK), else the country's
own language (ja, ko, th, ...), else English. National holidays only (no subdivisions);
observed days (the weekday off when a holiday falls on a weekend) are kept, since offices
close on them.

    python3 tools/build_holidays.py            # writes the table
    python3 tools/build_holidays.py --check    # exits 1 when the committed table differs
"""
import sys
from pathlib import Path

import holidays

COUNTRIES = ["JP", "US", "TW", "KR", "CN", "HK", "SG", "VN", "TH", "PH", "MY", "ID",
             "AU", "NZ", "GB", "FR", "DE", "NL", "IT", "ES", "CA"]
YEARS = range(2020, 2036)
OUT = Path(__file__).resolve().parent.parent / "Sources" / "Gazetteer" / "Data" / "holidays.tsv"


def language(country: str) -> str | None:
    cls = holidays.country_holidays(country).__class__
    supported = getattr(cls, "supported_languages", ()) or ()
    for lang in ("zh_TW", "zh_HK"):
        if lang in supported:
            return lang
    return getattr(cls, "default_language", None)


def rows():
    for country in COUNTRIES:
        table = holidays.country_holidays(country, years=YEARS, language=language(country))
        for day, name in sorted(table.items()):
            # Several holidays on one day are joined by "; " by the package: keep them.
            yield f"{day.isoformat()}\t{country}\t{name.replace(chr(9), ' ')}"


def main() -> int:
    text = (f"# public holidays, {YEARS.start}-{YEARS.stop - 1}, from the `holidays` package "
            f"{holidays.__version__} (MIT); built by tools/build_holidays.py\n"
            + "\n".join(sorted(rows())) + "\n")
    if "--check" in sys.argv:
        return 0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} holidays)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build Sources/Gazetteer/Data/holidays.tsv from the PyPI `holidays` package (MIT).

One line per public holiday: ISO date, ISO 3166-1 country code, name. The name is the
zh-Hant one where the package has it (TW: zh_TW, CN: zh_TW, HK: zh_HK), else the country's
own language (ja, ko, th, ...), else English. National holidays only (no subdivisions);
observed days (the weekday off when a holiday falls on a weekend) are kept, since offices
close on them.

Beside it, Sources/Gazetteer/Data/weekends.tsv: the countries whose offices close on Friday, from
the same package's weekend of each country (ISO 3166-1 alpha-2 code, then the closed weekdays with
0 = Sunday ... 6 = Saturday). Only weekends that include Friday are taken: where the package gives
Sunday alone (HK, VE, PY, ...) it describes when holidays move, while government offices there
still close on Saturday. Every other country closes on Saturday and Sunday.

    python3 tools/build_holidays.py            # writes both tables
    python3 tools/build_holidays.py --check    # exits 1 when a committed table differs
"""
import sys
from pathlib import Path

import holidays

COUNTRIES = ["JP", "US", "TW", "KR", "CN", "HK", "SG", "VN", "TH", "PH", "MY", "ID",
             "AU", "NZ", "GB", "FR", "DE", "NL", "IT", "ES", "CA"]
YEARS = range(2020, 2036)
OUT = Path(__file__).resolve().parent.parent / "Sources" / "Gazetteer" / "Data" / "holidays.tsv"
WEEKENDS = OUT.with_name("weekends.tsv")


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


def weekend_rows():
    for country in sorted(c for c in holidays.list_supported_countries() if len(c) == 2):
        days = set(holidays.country_holidays(country).weekend)  # Monday = 0 ... Sunday = 6
        if 4 in days:  # Friday
            yield f"{country}\t{','.join(str((d + 1) % 7) for d in sorted(days, key=lambda d: (d + 1) % 7))}"


def main() -> int:
    source = f"from the `holidays` package {holidays.__version__} (MIT); built by tools/build_holidays.py"
    text = (f"# public holidays, {YEARS.start}-{YEARS.stop - 1}, {source}\n"
            + "\n".join(sorted(rows())) + "\n")
    weekends = (f"# weekends that include Friday (0 = Sunday ... 6 = Saturday), {source}; "
                "every other country: 0,6\n" + "\n".join(weekend_rows()) + "\n")
    if "--check" in sys.argv:
        same = all(path.exists() and path.read_text(encoding="utf-8") == body
                   for path, body in ((OUT, text), (WEEKENDS, weekends)))
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    WEEKENDS.write_text(weekends, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} holidays) and {WEEKENDS} ({weekends.count(chr(10)) - 1} countries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

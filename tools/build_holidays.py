#!/usr/bin/env python3
"""Build Sources/Gazetteer/Data/holidays.tsv from the PyPI `holidays` package (MIT).

One line per public holiday: ISO date, ISO 3166-1 country code, then three names: the local
one (zh-Hant where the package has it: TW zh_TW, CN zh_TW, HK zh_HK; else the country's own
language: ja, ko, th, ...; else English), the zh-Hant one (the package's where it has one, else
from tools/holiday-names-zh.tsv by the English name) and the English one (en_US). National
holidays only (no subdivisions); observed days (the weekday off when a holiday falls on a
weekend) are kept, since offices close on them.

Beside it, Sources/Gazetteer/Data/weekends.tsv: the countries whose offices close on Friday, from
the same package's weekend of each country (ISO 3166-1 alpha-2 code, then the closed weekdays with
0 = Sunday ... 6 = Saturday). Only weekends that include Friday are taken: where the package gives
Sunday alone (HK, VE, PY, ...) it describes when holidays move, while government offices there
still close on Saturday. Every other country closes on Saturday and Sunday.

    python3 tools/build_holidays.py            # writes both tables
    python3 tools/build_holidays.py --check    # exits 1 when a committed table differs
"""
import re
import sys
from pathlib import Path

import holidays

COUNTRIES = ["JP", "US", "TW", "KR", "CN", "HK", "SG", "VN", "TH", "PH", "MY", "ID",
             "AU", "NZ", "GB", "FR", "DE", "NL", "IT", "ES", "CA"]
YEARS = range(2020, 2036)
OUT = Path(__file__).resolve().parent.parent / "Sources" / "Gazetteer" / "Data" / "holidays.tsv"
WEEKENDS = OUT.with_name("weekends.tsv")
NAMES_ZH = Path(__file__).resolve().parent / "holiday-names-zh.tsv"


def read_names_zh():
    table = {}
    for number, line in enumerate(NAMES_ZH.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2:
            sys.exit(f"{NAMES_ZH}:{number}: expected `English name<TAB>zh-Hant name`")
        table[fields[0]] = fields[1]
    return table


# Decorations the package adds to a holiday's English name, and how they read in zh-Hant.
DECORATIONS = [(" (observed, estimated)", "（補假，預估）"), (" (observed)", "（補假）"),
               (" (in lieu)", "（補假）"), (" (estimated)", "（預估）")]


def zh_from_english(name, country, table):
    """The zh-Hant name of one English holiday name, or None when the table lacks it."""
    suffix = ""
    for english, zh in DECORATIONS:
        if name.endswith(english):
            name, suffix = name[: -len(english)], zh
            break
    prefix = "Alternative holiday for "
    if name.startswith(prefix):
        base = zh_from_english(name[len(prefix):], country, table)
        return base + "補假" + suffix if base else None
    moved = re.fullmatch(r"Day off \(substituted from (\d\d)/(\d\d)/(\d{4})\)", name)
    if moved:
        return f"調整放假（補 {moved[3]}-{moved[1]}-{moved[2]} 上班日）" + suffix
    zh = table.get(f"{country}:{name}") or table.get(name)
    return zh + suffix if zh else None


def language(country: str) -> str | None:
    cls = holidays.country_holidays(country).__class__
    supported = getattr(cls, "supported_languages", ()) or ()
    for lang in ("zh_TW", "zh_HK"):
        if lang in supported:
            return lang
    return getattr(cls, "default_language", None)


def supports(country: str, lang: str) -> bool:
    cls = holidays.country_holidays(country).__class__
    return lang in (getattr(cls, "supported_languages", ()) or ())


def rows():
    names_zh = read_names_zh()
    missing = set()
    for country in COUNTRIES:
        local = holidays.country_holidays(country, years=YEARS, language=language(country))
        english = holidays.country_holidays(country, years=YEARS, language="en_US" if supports(country, "en_US") else None)
        chinese = local if language(country) in ("zh_TW", "zh_HK") else None
        for day, name in sorted(local.items()):
            en = english.get(day, name)
            if chinese is not None:
                zh = chinese.get(day)
            else:
                # Several holidays on one day are joined by "; " by the package: keep them.
                parts = [zh_from_english(part, country, names_zh) for part in en.split("; ")]
                zh = "；".join(parts) if all(parts) else None
                if zh is None:
                    missing.update(p for p in en.split("; ") if not zh_from_english(p, country, names_zh))
            fields = [name, zh or "", en]
            yield f"{day.isoformat()}\t{country}\t" + "\t".join(f.replace(chr(9), " ") for f in fields)
    if missing:
        sys.exit(f"{NAMES_ZH}: no zh-Hant name for: " + "; ".join(sorted(missing)))


def weekend_rows():
    for country in sorted(c for c in holidays.list_supported_countries() if len(c) == 2):
        days = set(holidays.country_holidays(country).weekend)  # Monday = 0 ... Sunday = 6
        if 4 in days:  # Friday
            yield f"{country}\t{','.join(str((d + 1) % 7) for d in sorted(days, key=lambda d: (d + 1) % 7))}"


def main() -> int:
    source = f"from the `holidays` package {holidays.__version__} (MIT); built by tools/build_holidays.py"
    text = (f"# public holidays, {YEARS.start}-{YEARS.stop - 1}, {source}; zh-Hant names of other countries "
            f"from tools/holiday-names-zh.tsv. columns: date country local zh en\n"
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

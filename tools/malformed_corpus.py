#!/usr/bin/env python3
"""Writes the malformed-plan corpus (issue 9): plans derived from the seeds and the test
fixtures, each with one mistake a user or an attacker could make, which `tripwright check` and
`tripwright import` must both refuse with exit status 2 and a FILE:LINE:COLUMN error that says
how to fix it, writing nothing.

    python3 tools/malformed_corpus.py [OUT]    # default Tests/Corpus/malformed

OUT/manifest.tsv lists each file with the line its first error must be on and what is wrong.
The output is deterministic: CI regenerates it into a temporary folder and compares.
"""
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Tests", "Corpus", "malformed")


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


FULL = read("Tests/TripStoreTests/Fixtures/full.yaml")
KYUSHU = read("seeds/kyushu-2025.yaml")
USA = read("seeds/usa-2026.yaml")
MINI = """tripwright: 1
id: mini
title: 最小計畫
category: 考察
agency: 某局
home: 臺中市
start: 2025-09-01
end: 2025-09-03
members:
- id: a
  unit: 某局
  title: 局長
  name: 甲
  role: leader
events:
- id: e1
  kind: 拜會
  title: 拜會市府
  date: 2025-09-02
  place: 福岡
"""
DETAILS = read("Tests/TripStoreTests/Fixtures/details.yaml")
BASES = {"full": FULL, "kyushu": KYUSHU, "usa": USA, "mini": MINI, "details": DETAILS}

entries = []  # (file name, bytes, expected line, what)


def add(name, data, line, what):
    if isinstance(data, str):
        data = data.encode("utf-8")
    entries.append((name, data, line, what))


def body(line):
    return line.lstrip(" ").lstrip("-").lstrip(" ")


def find(text, key, value=None, occurrence=1):
    """1-based line of the occurrence-th line `key: value` (or `key:` with any value)."""
    seen = 0
    for i, line in enumerate(text.split("\n")):
        b = body(line)
        if (value is None and (b.startswith(key + ": ") or b == key + ":")) or (value is not None and b == f"{key}: {value}"):
            seen += 1
            if seen == occurrence:
                return i + 1
    raise SystemExit(f"not found: {key}: {value} #{occurrence}")


def set_value(text, key, new, value=None, occurrence=1):
    """The text with that line's value replaced; a block value's deeper lines go. Returns (text, line)."""
    n = find(text, key, value, occurrence)
    lines = text.split("\n")
    line = lines[n - 1]
    b = body(line)
    indent = len(line) - len(line.lstrip(" "))
    lines[n - 1] = line[: len(line) - len(b)] + f"{key}: {new}"
    j = n
    while j < len(lines) and (lines[j].strip() == "" or len(lines[j]) - len(lines[j].lstrip(" ")) > indent) and b.rstrip().endswith(("|", ">")):
        del lines[j]
    return "\n".join(lines), n


def drop_line(text, key, value=None, occurrence=1):
    n = find(text, key, value, occurrence)
    lines = text.split("\n")
    del lines[n - 1]
    return "\n".join(lines), n


def insert_after(text, n, new_lines):
    lines = text.split("\n")
    lines[n:n] = new_lines
    return "\n".join(lines)


def append(text, new):
    return text.rstrip("\n") + "\n" + new + "\n"


def mutate(name, base, key, new, what, value=None, occurrence=1):
    text, line = set_value(BASES[base], key, new, value, occurrence)
    add(name, text, line, what)


# --- Text a one-line field cannot hold (every one-line key of full.yaml) ---------------------
ONE_LINE = [
    ("title", "全欄位測試計畫", 1), ("agency", "臺中市政府經濟發展局", 1), ("council", "臺中市議會", 1),
    ("title", "專案報告標題", 1), ("unit", "臺中市政府經濟發展局", 1), ("title", "局長", 1), ("name", "王大明", 1),
    ("reason", "晚宴與會談同址", 1), ("unit", "臺中市政府經濟發展局(商業科)", 1), ("title", "科長", 1),
    ("name", "林小華", 1), ("rank", "簡任第十二職等", 1), ("name", "波士頓市政府", 1),
    ("local_name", "Boston City Hall", 1), ("english_name", "Boston City Hall", 1), ("organisation", "City of Boston", 1),
    ("city", "Boston", 1), ("address", "1 City Hall Square, Boston, MA", 1), ("title", "拜會波士頓市長", 1),
    ("host", "City of Boston", 1), ("name", "吳弭", 1), ("title", "市長", 1), ("organisation", "City of Boston", 2),
    ("caption", "雙方合影", 1), ("text", "同意交換交通政策資料", 1), ("task", "寄送會後資料", 1),
    ("carrier", "長榮航空", 1), ("number", "BR52", 1), ("booking", "ABC123", 1), ("remark", "經停西雅圖", 1),
    ("booking", "H-778", 1), ("outlet", "工商時報", 1), ("headline", "市府訪美", 1), ("remark", "報導會談成果", 1),
    ("theme", "城市治理", 1),
]
for i, (key, value, occ) in enumerate(ONE_LINE):
    mutate(f"text-linebreak-{i:02d}-{key}.yaml", "full", key, '"第一行\\n第二行"', f"line break in one-line {key}", value, occ)
CONTROLS = [("esc", "\\e[2J"), ("bell", "\\a"), ("nul", "\\0"), ("del", "\\x7F"), ("c1", "\\x9B"), ("bidi", "\\u202E"),
            ("lsep", "\\u2028"), ("tab", "\\t"), ("cr", "\\r"), ("isolate", "\\u2066")]
for i, (key, value, occ) in enumerate(ONE_LINE[::2]):
    label, esc = CONTROLS[i % len(CONTROLS)]
    mutate(f"text-{label}-{i:02d}-{key}.yaml", "full", key, f'"文字{esc}文字"', f"{label} in one-line {key}", value, occ)
for i, key in enumerate(["purpose", "summary", "suggestions"]):
    label, esc = CONTROLS[i]
    mutate(f"text-paragraph-{label}-{key}.yaml", "full", key, f'"第一段\\n\\n第二段{esc}"', f"{label} in paragraphs {key}")
add("text-title-block.yaml", read("Tests/TripStoreTests/Fixtures/integrity/newline-in-title.yaml"), 3, "two-line block title")
add("text-ansi-title.yaml", read("Tests/TripStoreTests/Fixtures/integrity/D10-ansi-title.yaml"), 17, "escape sequences in a title")
add("text-keywords-linebreak.yaml", set_value(FULL, "keywords", '["一\\n二"]')[0], find(FULL, "keywords"), "line break in a keyword")
add("text-themes-empty.yaml", set_value(FULL, "themes", '[城市治理, ""]')[0], find(FULL, "themes"), "empty theme")

# --- Required text that is empty, required keys that are missing -----------------------------
for name, key, value in [("title", "title", "全欄位測試計畫"), ("agency", "agency", None), ("unit", "unit", None),
                         ("member-name", "name", "王大明"), ("task", "task", None), ("reason", "reason", None),
                         ("outlet", "outlet", None), ("caption-and-file", "caption", "雙方合影")]:
    if name == "caption-and-file":
        text, line = set_value(FULL, "file", '""')
        text = set_value(text, "caption", '""', "雙方合影")[0]
        add(f"empty-{name}.yaml", text, line, "photo with neither file nor caption")
        continue
    mutate(f"empty-{name}.yaml", "full", key, '""', f"empty {key}", value)
add("empty-title-null.yaml", set_value(MINI, "title", "~")[0], 3, "title: ~")
add("empty-note.yaml", append(MINI, '  notes:\n  - text: ""'), 22, "empty note")
add("empty-note-item.yaml", append(MINI, "  notes:\n  -"), 22, "bare - note")
add("empty-outcome.yaml", append(MINI, "  outcomes:\n  - \"  \""), 22, "blank outcome")
add("empty-members.yaml", set_value(MINI, "members", "[]")[0].replace("- id: a\n  unit: 某局\n  title: 局長\n  name: 甲\n  role: leader\n", ""), 9, "members: []")
for key in ["id", "title", "category", "agency", "home", "start", "end", "members"]:
    text, _ = drop_line(MINI, key)
    if key == "members":
        text = text.replace("- id: a\n  unit: 某局\n  title: 局長\n  name: 甲\n  role: leader\n", "")
    add(f"missing-{key}.yaml", text, 1, f"missing {key}")
for key, line in [("kind", 16), ("date", 16), ("unit", 10)]:
    text, _ = drop_line(MINI, key)
    add(f"missing-{key}.yaml", text, line, f"missing {key}")
add("missing-leg-depart.yaml", append(MINI, "legs:\n- {id: out, mode: flight, from: TPE, to: FUK}"), 22, "leg without depart")
add("missing-stay-check-in.yaml", append(MINI, "stays:\n- {id: h, place: 福岡, check_out: 2025-09-02}"), 22, "stay without check_in")
add("missing-version.yaml", drop_line(MINI, "tripwright")[0], 1, "no tripwright: 1")

# --- Dates and times that are impossible or ambiguous ------------------------------------
for name, new in [("feb-30", "2025-02-30"), ("month-13", "2025-13-01"), ("slashes", "2025/9/2"), ("year-1", "0001-09-02"),
                  ("year-2300", "2300-09-02"), ("roc-year", "114-09-02")]:
    mutate(f"date-{name}.yaml", "mini", "date", new, f"event date {new}")
for name, new in [("25h", '"25:00"'), ("24h", '"24:00"'), ("60min", '"12:60"'), ("am", '"10:00am"'), ("words", "soon"),
                  ("offset-only", '"+09:00"')]:
    text = append(MINI, f"  start: {new}")
    add(f"time-{name}.yaml", text, 21, f"start {new}")
add("time-end-before-start.yaml", append(MINI, '  start: "10:00"\n  end: "09:00"'), 22, "end before start")
add("time-end-days-before.yaml", append(MINI, "  end: 2025-09-01"), 21, "end a day before the date")
add("time-start-other-day.yaml", append(MINI, "  start: 2025-09-03 10:00"), 21, "start on another day")
add("time-trip-end-before-start.yaml", set_value(MINI, "end", "2025-08-31")[0], 8, "trip ends before it starts")
add("time-trip-too-long.yaml", set_value(MINI, "end", "2035-09-03")[0], 8, "a ten-year trip")
add("time-far-from-trip.yaml", set_value(MINI, "date", "2052-09-02")[0], 19, "a year typo")
add("time-stay-checkout.yaml", append(MINI, "stays:\n- {id: h, place: 福岡, check_in: 2025-09-02, check_out: 2025-09-02}"), 22, "check_out = check_in")
add("time-ambiguous.yaml", read("Tests/TripStoreTests/Fixtures/integrity/ambiguous-fall-back-time.yaml"), 15, "01:20 twice in New York")
add("time-lord-howe-gap.yaml", read("Tests/TripStoreTests/Fixtures/integrity/lord-howe-gap.yaml"), 15, "02:15 skipped at Lord Howe")
add("time-wrong-offset.yaml", append(MINI, '  start: "10:00 +08:00"'), 21, "an offset Fukuoka does not have")
add("time-boston-gap.yaml", append(MINI.replace("start: 2025-09-01", "start: 2026-03-07").replace("end: 2025-09-03", "end: 2026-03-09")
                                   .replace("date: 2025-09-02", "date: 2026-03-08").replace("place: 福岡", "place: Boston"), '  start: "02:30"'),
    21, "02:30 skipped in Boston")
add("time-leg-arrive-bad.yaml", append(MINI, "legs:\n- id: out\n  mode: flight\n  from: TPE\n  to: FUK\n  depart: 2025-09-01 08:00\n  arrive: 2025-09-01 31:00"), 27, "arrival 31:00")
add("time-note-at-bad.yaml", append(MINI, "  notes:\n  - {text: 筆記, at: 2025-09-02 10:75}"), 22, "note at 10:75")

# --- Check settings, rule codes, acknowledgements ----------------------------------------
THRESHOLDS = ["buffer.flight.before", "buffer.flight.after", "buffer.rail.before", "buffer.rail.after", "buffer.bus.before",
              "buffer.bus.after", "buffer.ship.before", "buffer.ship.after", "buffer.other.before", "buffer.other.after",
              "detour.city", "detour.country", "speed.walk", "speed.car", "speed.bus", "speed.rail", "speed.ship",
              "speed.flight", "ground.max.hours", "summary.min", "summary.max", "report.warn.days", "travel.buffer",
              "walk.max.km", "city.km", "continuity.km", "daytrip.km", "day.start", "day.end", "dated.minutes",
              "report.due.months"]
BAD = ["-1", "1e300", "nan", "inf", ".inf", "-.inf", "1e400", "abc", "-0.5", "1e9"]
for i, name in enumerate(THRESHOLDS):
    value = BAD[i % len(BAD)]
    if f"    {name}: " in FULL:
        text, line = set_value(FULL, name, value)
    else:
        text = FULL.replace("    detour.country: 2\n", f"    detour.country: 2\n    {name}: {value}\n")
        line = find(text, name)
    add(f"setting-{i:02d}-{name}.yaml", text, line, f"{name}: {value}")
for name, value in [("speed.bus", "0"), ("speed.flight", "0"), ("detour.city", "0")]:
    text = append(MINI, f"checks:\n  settings:\n    {name}: {value}")
    add(f"setting-zero-{name}.yaml", text, 23, f"{name}: 0")
add("setting-order-summary.yaml", append(MINI, "checks:\n  settings:\n    summary.min: 400"), 23, "summary.min above summary.max")
add("setting-order-day.yaml", append(MINI, "checks:\n  settings:\n    day.start: 22"), 23, "day.start at day.end")
add("setting-unknown.yaml", append(MINI, "checks:\n  settings:\n    buffer.flight.befor: 120"), 23, "misspelt setting")
add("setting-not-mapping.yaml", append(MINI, "checks:\n  settings: [speed.bus]"), 22, "settings as a list")
for i, name in enumerate(["overlapp", "closed-days", "lodgings", "travel_time"]):
    add(f"checks-off-{i}-{name}.yaml", append(MINI, f"checks:\n  off: [{name}]"), 22, f"off: {name}")
for i, code in enumerate(["closed-dayy", "lodging", "overlaps"]):
    add(f"checks-ack-code-{i}.yaml", append(MINI, f"checks:\n  acknowledge:\n  - {{code: {code}, item: e1, reason: 理由}}"), 23, f"acknowledge code {code}")
add("checks-ack-item.yaml", append(MINI, "checks:\n  acknowledge:\n  - {code: closed-day, item: e2, reason: 理由}"), 23, "acknowledge an unknown item")
add("checks-ack-no-reason.yaml", append(MINI, "checks:\n  acknowledge:\n  - {code: closed-day, item: e1}"), 23, "acknowledge without a reason")
for i, name in enumerate(["D01-setting-speed-bus-0", "D01b-setting-summary-min-1e300", "D01c-setting-day-start-1e300",
                          "D02-nan-setting-drops-checks", "D14c-off-typo"]):
    text = read(f"Tests/TripStoreTests/Fixtures/integrity/{name}.yaml")
    key = {"D14c-off-typo": "off"}.get(name, None)
    line = find(text, key) if key else next(i + 1 for i, l in enumerate(text.split("\n")) if l.startswith("    ") and ":" in l and "settings" not in l)
    add(f"case-{name}.yaml", text, line, f"issue case {name}")

# --- Coded values -------------------------------------------------------------------------
for key, new, base, occ in [("category", "考查", "mini", 1), ("kind", "拜訪", "mini", 1), ("role", "boss", "mini", 1),
                            ("status", "done", "full", 1), ("mode", "plane", "full", 1), ("kind", "出發", "full", 2)]:
    mutate(f"code-{key}-{new}.yaml", base, key, new, f"{key}: {new}", occurrence=occ)
mutate("code-follow-up-status.yaml", "full", "status", "finished", "follow-up status", "done")
mutate("code-countries-name.yaml", "full", "countries", "[美國, JP]", "country by name")
mutate("code-countries-unknown.yaml", "full", "countries", "[US, XX]", "unknown country code")
mutate("code-place-country.yaml", "full", "country", "USA", "place country USA")
mutate("code-tz.yaml", "full", "tz", "Eastern", "tz Eastern", "America/New_York")
mutate("code-airport.yaml", "full", "airport", "NRX", "unknown airport")
mutate("code-city.yaml", "full", "city", "Bostn", "unknown city")
mutate("code-place-ref.yaml", "mini", "place", "Fukuokaa", "unknown place")
mutate("code-version.yaml", "mini", "tripwright", "2", "format version 2")
mutate("code-id-upper.yaml", "mini", "id", "Mini", "id with a capital")
mutate("code-id-cjk.yaml", "full", "id", "拜會", "event id in CJK", "call")
mutate("code-lat.yaml", "full", "lat", "91", "latitude 91")
mutate("code-lon-only.yaml", "full", "lat", "nan", "latitude nan")
mutate("code-url.yaml", "full", "url", '"javascript:alert(1)"', "javascript: link")
mutate("code-url-relative.yaml", "full", "url", "news/1", "relative link")
mutate("code-language.yaml", "full", "language", "中文", "language 中文")
mutate("code-email.yaml", "full", "email", "wang at example.gov.tw", "email without @")
mutate("code-council-term.yaml", "full", "term", "0", "council term 0")
mutate("code-council-session.yaml", "full", "session", "七", "council session in words")
mutate("code-report-date.yaml", "full", "report_date", "2026-04-31", "report date April 31")

# --- The keys real plans need (issue 12): phones, counts, parts of the day, regions, bodies ---
mutate("details-phone.yaml", "details", "phone", "call me", "a phone number in words", "+886-912-345-678")
mutate("details-headcount-zero.yaml", "details", "headcount", "0", "headcount 0")
mutate("details-headcount-below.yaml", "details", "headcount", "1", "headcount below the members named")
mutate("details-part.yaml", "details", "start", "黃昏", "a part of the day that is not one", "下午")
mutate("details-region.yaml", "details", "region", "TX", "Cambridge in Texas", "MA")
mutate("details-body-type.yaml", "details", "type", "palace", "a body type that is not one", "government")
mutate("details-open-day.yaml", "details", "open", "[weekend, someday]", "an opening day that is not one", "[weekend, holidays]")
mutate("details-companion-name.yaml", "details", "name", '"梁光中\\n大使"', "a line break in a companion's name", "梁光中")
mutate("details-plan-name.yaml", "details", "plan_name", '"城市\\e[2J交流計畫"', "an escape in plan_name", "城市交流計畫")

# --- One validation: what the database would refuse ---------------------------------------
add("db-duplicate-participant.yaml", read("Tests/TripStoreTests/Fixtures/integrity/D05a-duplicate-participant.yaml"), 20, "participant twice")
mutate("db-duplicate-participant-leg.yaml", "full", "participants", "[wang, lin, wang]", "participant twice on a leg", "[wang, lin]")
add("db-duplicate-member.yaml", insert_after(MINI, 14, ["- id: a", "  unit: 某局", "  title: 科員", "  name: 乙"]), 15, "member id twice")
mutate("db-duplicate-place.yaml", "full", "id", "city-hall", "place id twice", "lab")
add("db-duplicate-event.yaml", append(MINI, "- id: e1\n  kind: 參訪\n  title: 又一場\n  date: 2025-09-02\n  place: 福岡"), 21, "event id twice")
mutate("db-event-leg-collision.yaml", "full", "id", "call", "leg id equal to an event's", "out")
mutate("db-duplicate-stay.yaml", "full", "id", "out", "stay id equal to a leg's", "boston")
add("db-duplicate-press.yaml", append(FULL, "- id: news-1\n  date: 2026-03-11\n  outlet: 聯合報"), len(FULL.rstrip("\n").split("\n")) + 1, "press id twice")
add("db-inline-place-collision.yaml", append(MINI, "places:\n- {id: h, name: 博多站, city: 福岡}\nstays:\n- {id: h, place: {name: 博多飯店, city: 福岡}, check_in: 2025-09-01, check_out: 2025-09-02}"),
    24, "inline place takes a declared id")
mutate("db-owner.yaml", "full", "owner", "林小明", "follow-up owner neither a member id nor a member's exact name", "lin")
mutate("db-author.yaml", "full", "author", "chen", "note author not a member", "lin")
mutate("db-contact.yaml", "full", "contact", "chen", "contact not a member")
mutate("db-participant.yaml", "full", "participants", "[wong]", "participant not a member", "[wang]")
mutate("db-press-event.yaml", "full", "event", "cal", "press of an unknown event")
mutate("db-leg-from.yaml", "full", "from", "XYZ", "leg from nowhere", "TPE")
add("db-empty-note.yaml", read("Tests/TripStoreTests/Fixtures/integrity/D05b-empty-note.yaml"), 21, "text: \"\"")
add("db-empty-note-item.yaml", read("Tests/TripStoreTests/Fixtures/integrity/D05c-empty-note-item.yaml"), 21, "bare -")
add("db-empty-members.yaml", read("Tests/TripStoreTests/Fixtures/integrity/D14a-empty-members.yaml"), 9, "members: []")
add("db-empty-title.yaml", read("Tests/TripStoreTests/Fixtures/integrity/D14b-empty-title.yaml"), 3, "title: \"\"")

# --- Paths --------------------------------------------------------------------------------
mutate("path-absolute.yaml", "full", "file", "/etc/passwd", "absolute path", "meeting.png")
mutate("path-dotdot.yaml", "full", "file", "../../../../../../etc/hostname", "path climbing out", "meeting.png")
mutate("path-missing.yaml", "full", "file", "photos/none.jpg", "missing photo", "meeting.png")
mutate("path-folder.yaml", "full", "file", ".", "a folder as a photo", "meeting.png")
add("path-press-image.yaml", set_value(FULL, "remark", "報導會談成果\n  image: /etc/hostname", "報導會談成果")[0], find(FULL, "remark", "報導會談成果") + 1, "absolute clipping image")
add("case-D06-photo-etc-passwd.yaml", read("Tests/TripStoreTests/Fixtures/integrity/D06-photo-etc-passwd.yaml"), 21, "issue case D06")
add("case-D06b-photo-dotdot.yaml", read("Tests/TripStoreTests/Fixtures/integrity/D06b-photo-dotdot.yaml"), 21, "issue case D06b")
add("case-trav.yaml", read("Tests/TripStoreTests/Fixtures/integrity/trav.yaml"), 22, "issue case trav")

# --- YAML ---------------------------------------------------------------------------------
mutate("yaml-unterminated-double.yaml", "kyushu", "title", '"一一四年度臺中市創業輔導', "unterminated double quote", occurrence=1)
mutate("yaml-unterminated-single.yaml", "mini", "title", "'最小計畫", "unterminated single quote")
mutate("yaml-unclosed-bracket.yaml", "kyushu", "countries", "[JP", "unclosed [")
mutate("yaml-unclosed-brace.yaml", "mini", "place", "{name: 市府, city: 福岡", "unclosed {")
mutate("yaml-colon-in-value.yaml", "mini", "title", "會議: 議程", "colon and space in a plain value")
add("yaml-tab-indent.yaml", MINI.replace("  unit: 某局", "\tunit: 某局"), 11, "tab indentation")
add("yaml-bad-indent.yaml", MINI.replace("  title: 局長", "   title: 局長"), 12, "one space too many")
add("yaml-bad-dedent.yaml", MINI.replace("  title: 拜會市府", " title: 拜會市府"), 18, "one space too few")
mutate("yaml-at-start.yaml", "mini", "title", "@市府", "value starting with @")
mutate("yaml-backtick-start.yaml", "mini", "title", "`市府`", "value starting with a backtick")
add("yaml-duplicate-top.yaml", MINI.replace("agency: 某局\n", "agency: 某局\nagency: 另一局\n"), 6, "agency twice")
add("yaml-duplicate-nested.yaml", read("Tests/TripStoreTests/Fixtures/integrity/D13a-dup-key.yaml"), 20, "title twice in an event")
add("yaml-duplicate-flow.yaml", MINI.replace("  place: 福岡", "  place: {name: 市府, name: 市政府, city: 福岡}"), 20, "name twice in a flow mapping")
mutate("yaml-undefined-alias.yaml", "mini", "title", "*name", "alias without anchor")
# The alias that crosses the limit (twice the file + 256 KiB) is the fifth *big.
D12 = read("Tests/TripStoreTests/Fixtures/integrity/D12-alias-amplification.yaml")
add("yaml-alias-amplification.yaml", D12, [i + 1 for i, l in enumerate(D12.split("\n")) if "*big" in l][3], "aliases × 100")
laughs = ["tripwright: 1", "l0: &a0 [x, x, x, x, x, x, x, x, x, x]"] + [f"l{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 10) + "]" for i in range(1, 10)] + ["keywords: *a9"]
add("yaml-billion-laughs.yaml", "\n".join(laughs) + "\n", 7, "nested aliases: the first to cross the limit is on line 7")
add("yaml-alias-key.yaml", "\n".join(laughs[:5] + ["? *a3", ": 1"]) + "\n", 6, "alias to a list as a key")
add("yaml-complex-key.yaml", MINI.replace("agency: 某局", "[agency]: 某局"), 5, "a list as a key")
add("yaml-second-document.yaml", MINI + "---\nid: other\n", 21, "two documents")
mutate("yaml-bad-escape.yaml", "mini", "title", '"市府\\q"', "unknown escape")
mutate("yaml-block-indicator.yaml", "mini", "title", "|0", "block scalar with indent 0")
add("yaml-directive.yaml", "%YAML 2.0\n---\n" + MINI, 1, "YAML 2.0 directive")
add("yaml-too-deep.yaml", MINI + "keywords: " + "[" * 1100 + "]" * 1100 + "\n", 21, "1,100 levels of nesting")
add("yaml-top-list.yaml", "- tripwright: 1\n- id: mini\n", 1, "a list at the top")
add("yaml-top-scalar.yaml", "行程計畫\n", 1, "a sentence, not a plan")
add("yaml-events-mapping.yaml", MINI.split("events:")[0] + "events: {id: e1}\n", 15, "events as a mapping")
add("yaml-members-text.yaml", MINI.replace("members:\n- id: a\n  unit: 某局\n  title: 局長\n  name: 甲\n  role: leader\n", "members: 甲\n"), 9, "members as text")
add("yaml-counterparts-text.yaml", append(MINI, "  counterparts: 吳弭"), 21, "counterparts as text")
add("yaml-unknown-top-key.yaml", MINI.replace("agency: 某局", "agnecy: 某局"), 5, "misspelt top key")
add("yaml-unknown-event-key.yaml", append(MINI, "  titel: 另一標題"), 21, "misspelt event key")
add("case-D13b-unterminated-quote.yaml", read("Tests/TripStoreTests/Fixtures/integrity/D13b-unterminated-quote.yaml"), 3, "issue case D13b")
add("case-D13c-control-char.yaml", read("Tests/TripStoreTests/Fixtures/integrity/D13c-control-char.yaml"), 5, "issue case D13c")

# --- Encodings and files that are not plans -------------------------------------------------
mini_utf16le = MINI.encode("utf-16-le")
add("file-utf16le-bom.yaml", b"\xff\xfe" + mini_utf16le, 1, "UTF-16 LE with BOM")
add("file-utf16be-bom.yaml", b"\xfe\xff" + MINI.encode("utf-16-be"), 1, "UTF-16 BE with BOM")
add("file-utf16le.yaml", mini_utf16le, 1, "UTF-16 LE without BOM")
add("file-utf16be.yaml", MINI.encode("utf-16-be"), 1, "UTF-16 BE without BOM")
add("file-utf32.yaml", b"\xff\xfe\x00\x00" + MINI.encode("utf-32-le"), 1, "UTF-32")
add("file-big5.yaml", MINI.replace("title: 最小計畫", "title: ").encode("utf-8").replace(b"title: ", b"title: " + "最小計畫".encode("big5"), 1), 3, "Big5 title")
add("file-latin1.yaml", MINI.encode("utf-8").replace("agency: 某局".encode(), b"agency: Caf\xe9"), 5, "Latin-1 byte")
add("file-truncated-utf8.yaml", MINI.encode("utf-8")[:MINI.encode("utf-8").index("某".encode()) + 1], 5, "cut inside a character")
add("file-raw-bell.yaml", MINI.replace("agency: 某局", "agency: 某\x07局"), 5, "raw BEL")
add("file-raw-esc.yaml", MINI.replace("title: 最小計畫", "title: \x1b[31m最小計畫"), 3, "raw ESC")
add("file-raw-nul.yaml", MINI.encode("utf-8").replace(b"title: ", b"title: \x00", 1), 1, "NUL byte")
add("file-raw-del.yaml", MINI.replace("agency: 某局", "agency: 某\x7f局"), 5, "raw DEL")
add("file-raw-c1.yaml", MINI.replace("agency: 某局", "agency: 某\x9b局"), 5, "raw C1 control")
add("file-jpeg.yaml", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), 1, "a JPEG")
add("file-png.yaml", b"\x89PNG\r\n\x1a\n" + bytes(64), 1, "a PNG")
add("file-zip.yaml", b"PK\x03\x04" + bytes(64), 1, "a ZIP (DOCX)")
add("file-pdf.yaml", b"%PDF-1.7\n" + bytes(range(256)), 1, "a PDF")
add("file-sqlite.yaml", b"SQLite format 3\x00" + bytes(100), 1, "an SQLite database")
add("file-random.yaml", bytes((i * 7919 + 13) % 256 for i in range(512)), 1, "random bytes")
add("file-empty.yaml", b"", 1, "empty file")
add("file-comments.yaml", "# 計畫檔\n# 尚未填寫\n", 1, "only comments")
add("case-D04b-utf16.yaml", open(os.path.join(ROOT, "Tests/TripStoreTests/Fixtures/integrity/D04b-utf16.yaml"), "rb").read(), 1, "issue case D04b")


def write():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    shutil.copy(os.path.join(ROOT, "Tests/TripStoreTests/Fixtures/meeting.png"), os.path.join(OUT, "meeting.png"))
    names = set()
    with open(os.path.join(OUT, "manifest.tsv"), "w", encoding="utf-8") as manifest:
        manifest.write("# file\tline of the first error\twhat is wrong (written by tools/malformed_corpus.py)\n")
        for name, data, line, what in entries:
            if name in names:
                raise SystemExit(f"two entries named {name}")
            names.add(name)
            with open(os.path.join(OUT, name), "wb") as f:
                f.write(data)
            manifest.write(f"{name}\t{line}\t{what}\n")
    print(f"{len(entries)} malformed plans in {os.path.relpath(OUT, ROOT)}")


write()

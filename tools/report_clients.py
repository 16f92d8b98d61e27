#!/usr/bin/env python3
"""Real-client checks of generated reports (issue 5): programs nobody here wrote must accept them.

Usage: report_clients.py DIR [CLI_DIR]
DIR holds the sample reports written by the TripReport test `writesSampleReportsForRealClients`
(Kyushu fixture with generated photos, USA council report); CLI_DIR the output of
`tripwright report kyushu-2025` from the seed plan file. Exits non-zero on the first failure.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import docx  # python-docx
from odf import opendocument, draw  # odfpy

FAILURES = []

# Names of the seeds' data that a cover line must never break inside (熊/本).
COVER_NAMES = ["福岡", "熊本", "宮崎", "日南", "日本", "臺中市政府經濟發展局", "臺中市政府秘書處", "臺中市議會"]
# The 9 月 4 日 day of both Kyushu itineraries (fixture and seed): six rows, kept together.
SEPT_4 = ["雲海酒造燒酎工廠", "黑木玻璃藝術工坊", "UMK住宅展示場", "宮崎縣環境森林部", "宮崎縣商工觀光勞動部", "宮崎縣政府副知事"]


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        FAILURES.append(message)


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_text(pdf):
    return run("pdftotext", "-enc", "UTF-8", pdf, "-")


def squash(text):
    return re.sub(r"\s+", "", text)


def in_order(text, needles):
    pos = 0
    for needle in needles:
        found = text.find(needle, pos)
        if found < 0:
            return needle
        pos = found + len(needle)
    return None


def convert(src, outdir):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    result = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", outdir, src], capture_output=True, text=True)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    return result.returncode == 0 and os.path.exists(pdf), pdf, result.stdout + result.stderr


def layout_pages(pdf):
    return run("pdftotext", "-enc", "UTF-8", "-layout", pdf, "-").split("\f")


def fonts(pdf):
    return [line.split()[0] for line in run("pdffonts", pdf).splitlines()[2:] if line.strip()]


def check_cover_lines(name, pdf):
    """No cover line ends inside a name of the data: each name on the cover sits on one line."""
    lines = [re.sub(r"\s+", "", line) for line in layout_pages(pdf)[0].splitlines() if line.strip()]
    cover = "".join(lines)
    split = [n for n in COVER_NAMES if n in cover and not any(n in line for line in lines)]
    check(not split, f"{name}: cover lines keep every name whole" + (f" (split: {split})" if split else ""))


def check_day_together(name, pdf, date, rows):
    """A day's rows on the page of its date, and the date cell centred on all of them (read
    from the words' boxes: LibreOffice once drew the 9 月 4 日 cell over 5 of its 6 rows)."""
    pages = [squash(p) for p in layout_pages(pdf)]
    # The heading followed by the table's header, not the contents' entry.
    start = next((i for i, p in enumerate(pages) if "一、參訪日程日期" in p), None)
    if start is None:
        check(False, f"{name}: itinerary heading found")
        return
    pages[start] = pages[start][pages[start].find("一、參訪日程日期"):]
    found = [next((i for i in range(start, len(pages)) if r in pages[i]), None) for r in rows]
    page = found[0]
    check(len(set(found)) == 1 and page is not None and squash(date) in pages[page],
          f"{name}: {date}'s {len(rows)} rows on one page with their date (pages {found})")
    if page is None:
        return
    html = run("pdftotext", "-enc", "UTF-8", "-bbox", "-f", str(page + 1), "-l", str(page + 1), pdf, "-")
    words = [(float(m.group(2)), float(m.group(4)), m.group(5)) for m in
             re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)]
    def box(text):
        return next(((y0, y1) for y0, y1, w in words if len(w) >= 2 and (text in w or text.startswith(w))), None)
    tops = [box(r) for r in rows]
    weekday = next(((y0, y1) for y0, y1, w in words if w.startswith("(星期") and w.endswith(")") and
                    tops[0] is not None and tops[-1] is not None and tops[0][0] <= y0 <= tops[-1][1]), None)
    if None in tops or weekday is None:
        check(False, f"{name}: {date} rows and weekday located on page {page + 1}")
        return
    middle = (tops[0][0] + tops[-1][1]) / 2
    check(tops[0][0] <= weekday[0] <= tops[-1][1] and abs(weekday[0] - middle) < 8,
          f"{name}: {date}'s date cell is centred on its {len(rows)} rows (weekday at {weekday[0]:.0f}, rows {tops[0][0]:.0f}–{tops[-1][1]:.0f})")


def check_no_lonely_labels(name, pdf):
    """No page ends with a heading or a label (會晤人員、具體成果) whose text is on the next page."""
    lonely = re.compile(r"^(?:[壹貳參肆伍陸柒捌玖拾]+、|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|會晤人員：|具體成果：|後續辦理事項)")
    found = []
    for i, page in enumerate(layout_pages(pdf)[2:], start=3):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if lines and re.fullmatch(r"\d+", lines[-1]):
            lines = lines[:-1]
        if lines and lonely.match(lines[-1]) and ".." not in lines[-1]:
            found.append((i, lines[-1][:20]))
    check(not found, f"{name}: no heading or label alone at a page's foot" + (f" ({found})" if found else ""))


def red_pixels(pdf, page):
    """Dark red pixels (the prompt style, #990000) on a page rendered at 40 dpi."""
    data = subprocess.run(["pdftoppm", "-r", "40", "-f", str(page), "-l", str(page), pdf], capture_output=True, check=True).stdout
    parts = data.split(maxsplit=4)  # P6 width height maxval pixels
    pixels = parts[4]
    return sum(1 for i in range(0, len(pixels) - 2, 3) if pixels[i] > 110 and pixels[i + 1] < 70 and pixels[i + 2] < 70)


def check_prompt_is_red(name, pdf, needle):
    pages = [squash(p) for p in layout_pages(pdf)]
    page = next((i + 1 for i, p in enumerate(pages) if squash(needle) in p), None)
    check(page is not None and red_pixels(pdf, page) > 50,
          f"{name}: the prompt '{needle}' is drawn in the red prompt style (page {page})")


def markdown_images(md_path):
    with open(md_path, encoding="utf-8") as f:
        return len(re.findall(r"!\[[^\]]*\]\(images/", f.read()))


def markdown_headings(md_path, level):
    with open(md_path, encoding="utf-8") as f:
        return [re.sub(r"\s*\{#h\d+\}$", "", line[level + 2:]).replace("\\", "").strip()
                for line in f if line.startswith("#" * (level + 1) + " ")]


def check_trip(folder, base, members, cover):
    md = os.path.join(folder, base + ".md")
    images = markdown_images(md)
    parts = [h for h in markdown_headings(md, 1) if h != "目錄"]
    visits = markdown_headings(md, 2)
    check(parts[:7] == ["壹、摘要", "貳、出國人員名單", "參、目的", "肆、過程", "伍、心得", "陸、建議", "柒、新聞輿情蒐集"],
          f"{base}: seven parts in the Markdown")
    converted = {}
    for ext in ("odt", "docx"):
        outdir = tempfile.mkdtemp(prefix=f"lo-{ext}-")
        ok, pdf, log = convert(os.path.join(folder, f"{base}.{ext}"), outdir)
        check(ok, f"{base}.{ext}: LibreOffice converts it to PDF" + ("" if ok else f" ({log.strip()})"))
        converted[ext] = pdf
    pdfs = {"ours": os.path.join(folder, base + ".pdf"), **converted}
    for name, pdf in pdfs.items():
        if not os.path.exists(pdf):
            continue
        text = squash(pdf_text(pdf))
        for fact in cover:
            check(squash(fact) in text, f"{base} PDF ({name}): cover shows {fact}")
        check("目錄" in text, f"{base} PDF ({name}): has 目錄")
        body = text[text.rfind(squash(parts[0])):] if parts else text
        missing = in_order(text, [squash(p) for p in parts[:7]])
        check(missing is None, f"{base} PDF ({name}): the seven parts in order" + (f" (missing {missing})" if missing else ""))
        for member in members:
            check(member in text, f"{base} PDF ({name}): member {member}")
        lost = [v for v in visits if squash(v) not in body and squash(v) not in text]
        check(not lost, f"{base} PDF ({name}): every visit heading ({len(visits)})" + (f" missing {lost}" if lost else ""))
        listed = run("pdfimages", "-list", pdf).splitlines()[2:]
        check(len(listed) == images, f"{base} PDF ({name}): pdfimages counts {len(listed)} pictures, expected {images}")
        check("•" in pdf_text(pdf), f"{base} PDF ({name}): outcome items carry bullets")
        check_cover_lines(f"{base} PDF ({name})", pdf)
        check_day_together(f"{base} PDF ({name})", pdf, "9月4日", SEPT_4)
        check_no_lonely_labels(f"{base} PDF ({name})", pdf)
        if name != "ours":
            # Converted by a plain LibreOffice, as a user opens our file: Kai and Liberation Serif.
            used = fonts(pdf)
            check(any("UKai" in f for f in used) and any("LiberationSerif" in f for f in used) and not any("DejaVu" in f for f in used),
                  f"{base}.{name}: LibreOffice shows AR PL UKai and Liberation Serif, no DejaVu ({sorted(set(f.split('+')[-1] for f in used))})")
    ours = pdfs["ours"]
    if os.path.exists(ours):
        pages = run("pdftotext", "-enc", "UTF-8", "-layout", ours, "-").split("\f")
        toc = re.search(r"壹、摘要\s*\.{3,}\s*(\d+)", pages[1] if len(pages) > 1 else "")
        heading_page = next((i + 1 for i, p in enumerate(pages) if i > 1 and "壹、摘要" in p), None)
        check(toc is not None and heading_page is not None and int(toc.group(1)) == heading_page,
              f"{base} PDF: 目錄 page number of 壹、摘要 ({toc.group(1) if toc else '?'}) is the page it is on ({heading_page})")
    if os.path.exists(ours):
        # pdfimages -list: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
        rows = [line.split() for line in run("pdfimages", "-list", ours).splitlines()[2:]]
        tall = [(int(c[3]), int(c[4]), float(c[12]), float(c[13])) for c in rows if int(c[4]) > 3 * int(c[3])]
        check(bool(tall), f"{base} PDF: the sample's tall phone screenshot is there")
        for w, h, xppi, yppi in tall:
            wcm, hcm = w / xppi * 2.54, h / yppi * 2.54
            check(wcm > 4.5 and 15 < hcm < 23, f"{base} PDF: a tall phone screenshot prints {wcm:.1f} x {hcm:.1f} cm, readable and within the page")
    d = docx.Document(os.path.join(folder, base + ".docx"))
    check(len(d.inline_shapes) == images, f"{base}.docx: python-docx opens it, {len(d.inline_shapes)} pictures")
    check(any(p.text == parts[0] for p in d.paragraphs), f"{base}.docx: python-docx reads heading {parts[0]}")
    odt = opendocument.load(os.path.join(folder, base + ".odt"))
    pictures = odt.getElementsByType(draw.Image)
    check(len(pictures) == images, f"{base}.odt: odfpy opens it, {len(pictures)} pictures")
    return pdfs["ours"]


def main():
    folder = sys.argv[1]
    kyushu_members = ["張峯源", "洪青瑞", "蔡永福", "葉珀如"]
    cover = ["公務出國或赴大陸地區報告(出國類別：考察)", "服務機關：臺中市政府經濟發展局", "姓名職稱：張峯源局長等 4 人",
             "派赴國家：日本", "出國期間：114 年 8 月 31 日至 9 月 6 日", "報告日期：114 年 11 月 4 日"]
    trip_pdf = check_trip(folder, "kyushu-2025-出國報告", kyushu_members, cover)

    council = os.path.join(folder, "usa-2026-專案報告.pdf")
    if os.path.exists(council):
        text = squash(pdf_text(council))
        for fact in ["臺中市議會第4屆第7次定期會", "報告人：", "中華民國115年3月27日", "目錄"]:
            check(fact in text, f"council PDF: shows {fact}")
        missing = in_order(text[text.find("肆、結語") + 4:], ["壹、前言", "日期/地點", "貳、", "參、具體成效", "肆、結語"])
        check(missing is None, "council PDF: 前言 with itinerary, 成果, 具體成效, 結語 in order" + (f" (missing {missing})" if missing else ""))

    with open(os.path.join(folder, "kyushu-2025-出國報告提要.json"), encoding="utf-8") as f:
        abstract = json.load(f)
    if os.path.exists(trip_pdf):
        pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", trip_pdf)).group(1))
        check(abstract["報告書頁數"] == pages, f"abstract: 報告書頁數 {abstract['報告書頁數']} is the PDF's {pages} pages")
    check(abstract["參訪機關"].startswith("柳橋連合市場協同組合"), "abstract: 參訪機關 lists the hosts")
    review = os.path.join(folder, "kyushu-2025-出國報告審核表.pdf")
    if os.path.exists(review):
        text = squash(pdf_text(review))
        # Annex 2's facts, both check columns and the four signature lines.
        for item in ["依限繳交", "無抄襲", "退回補正", "職稱", "服務單位", "出國類別", "自我檢核", "機關審核",
                     "出國人簽章", "計畫主辦機關審核人", "一級單位主管", "機關首長或其授權人員"]:
            check(item in text, f"review form PDF: {item}")
        pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", review)).group(1))
        check(pages == 1, f"review form PDF: one page ({pages})")
    abstract_pdf = os.path.join(folder, "kyushu-2025-出國報告提要.pdf")
    if os.path.exists(abstract_pdf):
        pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", abstract_pdf)).group(1))
        check(pages == 1, f"abstract PDF: one page with a drafted 摘要 ({pages})")

    usa_cover = os.path.join(folder, "usa-2026-專案報告.pdf")
    if os.path.exists(usa_cover):
        check_cover_lines("council PDF", usa_cover)

    if len(sys.argv) > 2:
        cli = sys.argv[2]
        for ext in ("odt", "docx", "pdf", "html", "md"):
            path = os.path.join(cli, f"kyushu-2025-出國報告.{ext}")
            check(os.path.exists(path) and os.path.getsize(path) > 0, f"CLI: tripwright report wrote {ext}")
        pdf = os.path.join(cli, "kyushu-2025-出國報告.pdf")
        if os.path.exists(pdf):
            text = squash(pdf_text(pdf))
            missing = in_order(text, ["目錄", "壹、摘要", "貳、出國人員名單", "參、目的", "肆、過程", "伍、心得", "陸、建議", "柒、新聞輿情蒐集"])
            check(missing is None, "CLI PDF of the seed: 目錄 and the seven parts in order" + (f" (missing {missing})" if missing else ""))
            for member in kyushu_members:
                check(member in text, f"CLI PDF of the seed: member {member}")
            check_day_together("CLI PDF of the seed", pdf, "9月4日", SEPT_4)
            check_cover_lines("CLI PDF of the seed", pdf)
            check_no_lonely_labels("CLI PDF of the seed", pdf)
            check_prompt_is_red("CLI PDF of the seed", pdf, "【待填】照片檔案未提供")
            check_prompt_is_red("CLI PDF of the seed", pdf, "【待填】請附上本則報導的截圖")
            press = text[text.rfind("柒、新聞輿情蒐集"):]
            order = ["114年9月8日三立新聞台", "114年9月8日東森新聞台", "114年9月12日宮崎新聞台", "114年9月9日電波新聞"]
            missing = in_order(press, order)
            check(missing is None, "CLI PDF of the seed: clippings in the plan's order" + (f" (out of order: {missing})" if missing else ""))
        settings = subprocess.run(["unzip", "-p", os.path.join(cli, "kyushu-2025-出國報告.docx"), "word/settings.xml"], capture_output=True, text=True).stdout
        check("<w:updateFields w:val=\"true\"/>" in settings, "CLI DOCX: asks Word to update its fields")
    if len(sys.argv) > 3:
        alone = sys.argv[3]
        document = subprocess.run(["unzip", "-p", os.path.join(alone, "kyushu-2025-出國報告.docx"), "word/document.xml"], capture_output=True, text=True).stdout
        cached = re.findall(r'PAGEREF h\d+ \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">(\d+)', document)
        check(len(cached) > 10 and int(cached[0]) >= 3, f"DOCX made alone: the contents cache measured pages ({cached[:3]}…)")

    print(f"\n{len(FAILURES)} failure(s)")
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()

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
    ours = pdfs["ours"]
    if os.path.exists(ours):
        pages = run("pdftotext", "-enc", "UTF-8", "-layout", ours, "-").split("\f")
        toc = re.search(r"壹、摘要\s*\.{3,}\s*(\d+)", pages[1] if len(pages) > 1 else "")
        heading_page = next((i + 1 for i, p in enumerate(pages) if i > 1 and "壹、摘要" in p), None)
        check(toc is not None and heading_page is not None and int(toc.group(1)) == heading_page,
              f"{base} PDF: 目錄 page number of 壹、摘要 ({toc.group(1) if toc else '?'}) is the page it is on ({heading_page})")
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

    print(f"\n{len(FAILURES)} failure(s)")
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()

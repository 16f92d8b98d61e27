"""Text a database written by an older version may still hold (input now refuses it): line breaks
in one-line fields, BEL, ESC, NUL, U+202E, U+FFFE. Programs nobody here wrote must accept every
file `tripwright` makes from it, with the text whole (issue 9 §4): python-docx, odfpy,
markdown-it-py, LibreOffice with poppler, and the icalendar package.

Run after `swift build`: TRIPWRIGHT (default .build/debug/tripwright) makes the files.
"""
import os
import pathlib
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("TRIPWRIGHT", str(ROOT / ".build" / "debug" / "tripwright"))

TITLE = "一一四年度臺中市創業輔導及創新交流計畫\n赴日本福岡考察出國報告\n"
EVENT = "拜會 Fukuoka\nGrowth Next | *新創* \x1b[2K\x1b[31m"
# No NUL here: SQLite hands text back only up to an embedded NUL, so it never reaches a writer.
NOTE = "第一段。\n第二段\x07含\x01控制字元\ufffe與\u202e反向。"
NAME = "洪青\x1b[1A瑞"
CONTROLS = [chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)] + ["\x7f", "\u202e", "\ufffe"]


def run(*args, env=None):
    return subprocess.run([BIN, *args], check=True, capture_output=True, env=env).stdout


@pytest.fixture(scope="module")
def made():
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "t.sqlite")
        env = dict(os.environ, XDG_CACHE_HOME=os.path.join(folder, "cache"), XDG_DATA_HOME=os.path.join(folder, "data"))
        run("import", str(ROOT / "seeds" / "kyushu-2025.yaml"), "--db", db, env=env)
        with sqlite3.connect(db) as con:
            # No written summary: the report drafts 摘要 from the data.
            con.execute("UPDATE delegation SET title = ?, summary = NULL WHERE id = 'kyushu-2025'", (TITLE,))
            con.execute("UPDATE event SET title = ? WHERE delegationId = 'kyushu-2025' AND id = 'fgn'", (EVENT,))
            con.execute("UPDATE member SET name = ? WHERE delegationId = 'kyushu-2025' AND id = 'hung'", (NAME,))
            # The leader's title goes into the drafted 摘要's first sentence.
            con.execute("UPDATE member SET title = ? WHERE delegationId = 'kyushu-2025' AND id = 'chang'", ("局\n長",))
            note = con.execute("SELECT MIN(id) FROM note WHERE delegationId = 'kyushu-2025' AND eventId = 'fgn'").fetchone()[0]
            con.execute("UPDATE note SET text = ? WHERE id = ?", (NOTE, note))
        out = os.path.join(folder, "out")
        printed = run("report", "kyushu-2025", "--format", "md,html,odt,docx", "--out", out, "--db", db, env=env).decode()
        ics = run("calendar", "kyushu-2025", "--db", db, env=env)
        files = {p.suffix[1:]: p for p in pathlib.Path(out).iterdir() if p.is_file()}
        yield {"files": files, "printed": printed, "ics": ics, "folder": folder}


def no_controls(text):
    return not any(c in text for c in CONTROLS)


def test_the_run_warns_about_each_field_it_changed(made):
    printed = made["printed"]
    assert "「計畫名稱」" in printed and "換行" in printed
    assert "行程「fgn」的「標題」" in printed
    assert "行程「fgn」的「筆記」" in printed and "控制字元" in printed
    assert no_controls(printed)


def test_python_docx_opens_the_docx_with_the_text_whole(made):
    import docx

    document = docx.Document(str(made["files"]["docx"]))
    text = "\n".join(p.text for p in document.paragraphs)
    for table in document.tables:
        text += "\n".join(cell.text for row in table.rows for cell in row.cells)
    # The cover breaks long lines between words on purpose (explicit breaks): read it as one line.
    assert "一一四年度臺中市創業輔導及創新交流計畫 赴日本福岡考察出國報告" in text.replace("\n", "")
    assert "拜會 Fukuoka Growth Next | *新創* \ufffd[2K\ufffd[31m" in text
    assert "第二段\ufffd含\ufffd控制字元\ufffd與\ufffd反向。" in text
    assert "洪青\ufffd[1A瑞" in text
    assert no_controls(text)


def test_odfpy_opens_the_odt_with_the_text_whole(made):
    from odf import opendocument, teletype, text as odftext

    document = opendocument.load(str(made["files"]["odt"]))
    parts = [teletype.extractText(p) for p in document.getElementsByType(odftext.P) + document.getElementsByType(odftext.H)]
    text = "\n".join(parts)
    # The cover breaks long lines between words on purpose (explicit breaks): read it as one line.
    assert "一一四年度臺中市創業輔導及創新交流計畫 赴日本福岡考察出國報告" in text.replace("\n", "")
    assert "拜會 Fukuoka Growth Next | *新創* \ufffd[2K\ufffd[31m" in text
    assert "第二段\ufffd含\ufffd控制字元\ufffd與\ufffd反向。" in text
    assert no_controls(text)


def test_markdown_it_reads_headings_rows_and_paragraphs_whole(made):
    from markdown_it import MarkdownIt

    source = made["files"]["md"].read_text(encoding="utf-8")
    assert no_controls(source)
    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    inline = [t.content for t in tokens if t.type == "inline"]
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    # The event title is one heading, with its pandoc anchor attribute at the end.
    assert any("拜會 Fukuoka Growth Next" in h and h.endswith("}") for h in headings)
    # The drafted summary's first sentence is whole: the leader's title no longer splits it.
    assert any("局 長張峯源於" in c and "率團" in c and "返國" in c for c in inline)
    # The members table: four rows of four cells, the name with the escape shown as text.
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) >= 16
    rendered = MarkdownIt("commonmark").enable("table").render(source)
    assert "<td>洪青\ufffd[1A瑞</td>" in rendered
    assert "拜會 Fukuoka Growth Next | *新創*" in rendered


def test_html_has_the_text_whole_and_no_control(made):
    html = made["files"]["html"].read_text(encoding="utf-8")
    assert no_controls(html)
    assert "拜會 Fukuoka Growth Next | *新創*" in html


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None, reason="LibreOffice and poppler needed")
def test_libreoffice_converts_both_and_the_pdf_holds_the_text(made):
    outdir = os.path.join(made["folder"], "pdf")
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    sources = [str(made["files"]["odt"]), str(made["files"]["docx"])]
    for source in sources:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", outdir, source], check=True, capture_output=True, timeout=180)
        pdf = os.path.join(outdir, pathlib.Path(source).stem + ".pdf")
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True, text=True).stdout
        squashed = "".join(text.split())
        assert "拜會FukuokaGrowthNext" in squashed, source
        assert "赴日本福岡考察出國報告" in squashed, source
        os.remove(pdf)
    shutil.rmtree(profile, ignore_errors=True)


def test_icalendar_reads_every_line_break_back(made):
    import icalendar

    cal = icalendar.Calendar.from_ical(made["ics"])
    summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
    assert "考察｜拜會 Fukuoka\nGrowth Next | *新創* \ufffd[2K\ufffd[31m" in summaries
    # icalendar leaves an X- property's escapes as they are; they are the RFC's.
    assert str(cal["X-WR-CALNAME"]) in (TITLE, TITLE.replace("\n", "\\n"))
    assert no_controls(made["ics"].decode("utf-8").replace("\r\n", ""))


def test_every_zip_part_is_intact(made):
    for kind in ("odt", "docx"):
        with zipfile.ZipFile(made["files"][kind]) as z:
            assert z.testzip() is None

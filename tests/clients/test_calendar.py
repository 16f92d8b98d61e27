"""Our iCalendar output, parsed by Python's icalendar package (a client nobody here wrote).

Run after `swift build`: TRIPWRIGHT (default .build/debug/tripwright) makes the calendars.
"""
import datetime as dt
import os
import pathlib
import subprocess
import tempfile

import icalendar
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("TRIPWRIGHT", str(ROOT / ".build" / "debug" / "tripwright"))


def run(*args):
    return subprocess.run([BIN, *args], check=True, capture_output=True).stdout


@pytest.fixture(scope="module")
def db():
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "t.sqlite")
        run("import", str(ROOT / "seeds" / "kyushu-2025.yaml"), "--db", path)
        run("import", str(ROOT / "seeds" / "usa-2026.yaml"), "--db", path)
        run("import", str(ROOT / "Tests" / "TripStoreTests" / "Fixtures" / "full.yaml"), "--db", path)
        yield path


def calendar(db, trip, *extra):
    return icalendar.Calendar.from_ical(run("calendar", trip, "--db", db, *extra))


def events(cal):
    return [c for c in cal.walk("VEVENT")]


def test_kyushu_parses_with_every_item(db):
    cal = calendar(db, "kyushu-2025")
    # 18 events and 5 legs, all date-only in the seed.
    assert len(events(cal)) == 23
    assert all(isinstance(e.decoded("DTSTART"), dt.date) and not isinstance(e.decoded("DTSTART"), dt.datetime) for e in events(cal))
    assert any("JX840" in str(e["SUMMARY"]) for e in events(cal))


def test_uids_are_unique_and_stable(db):
    a = [str(e["UID"]) for e in events(calendar(db, "kyushu-2025"))]
    b = [str(e["UID"]) for e in events(calendar(db, "kyushu-2025"))]
    assert a == b and len(set(a)) == len(a)


def test_timed_items_are_in_their_zones(db):
    cal = calendar(db, "full-2026")
    by_uid = {str(e["UID"]): e for e in events(cal)}
    call = by_uid["call.full-2026@tripwright"]
    start = call.decoded("DTSTART")
    assert str(start.tzinfo) in ("America/New_York", "EDT") or start.utcoffset() == dt.timedelta(hours=-4)
    # 10:00 in Boston after the 2026-03-08 change is 14:00 UTC.
    assert start.astimezone(dt.timezone.utc) == dt.datetime(2026, 3, 9, 14, 0, tzinfo=dt.timezone.utc)
    out = by_uid["out.full-2026@tripwright"]
    assert out.decoded("DTSTART").astimezone(dt.timezone.utc) == dt.datetime(2026, 3, 6, 15, 40, tzinfo=dt.timezone.utc)
    assert out.decoded("DTEND").astimezone(dt.timezone.utc) == dt.datetime(2026, 3, 8, 2, 5, tzinfo=dt.timezone.utc)


def test_every_tzid_has_a_vtimezone(db):
    cal = calendar(db, "full-2026")
    defined = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    used = {e["DTSTART"].params["TZID"] for e in events(cal) if "TZID" in e["DTSTART"].params}
    assert used and used <= defined


def test_text_survives_escaping(db):
    cal = calendar(db, "full-2026")
    hall = [e for e in events(cal) if str(e["UID"]).startswith("call.")][0]
    assert str(hall["LOCATION"]) == "波士頓市政府, 1 City Hall Square, Boston, MA"


def test_sequence_rises_when_an_item_changes(db):
    before = {str(e["UID"]): int(e["SEQUENCE"]) for e in events(calendar(db, "full-2026"))}
    plan = (ROOT / "Tests" / "TripStoreTests" / "Fixtures" / "full.yaml").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        changed = pathlib.Path(folder) / "full.yaml"
        changed.write_text(plan.replace("title: 拜會波士頓市長", "title: 拜會波士頓市長吳弭"), encoding="utf-8")
        (pathlib.Path(folder) / "meeting.png").write_bytes((ROOT / "Tests" / "TripStoreTests" / "Fixtures" / "meeting.png").read_bytes())
        run("import", str(changed), "--db", db)
    after = {str(e["UID"]): int(e["SEQUENCE"]) for e in events(calendar(db, "full-2026"))}
    assert after["call.full-2026@tripwright"] == before["call.full-2026@tripwright"] + 1
    assert after["dinner.full-2026@tripwright"] == before["dinner.full-2026@tripwright"]


def test_member_calendar_has_only_their_items(db):
    all_items = {str(e["UID"]) for e in events(calendar(db, "full-2026"))}
    lin = {str(e["UID"]) for e in events(calendar(db, "full-2026", "--member", "lin"))}
    assert "call.full-2026@tripwright" in all_items and "call.full-2026@tripwright" not in lin

"""The kill test: `tripwright import`, `log note`, `log photo` and the web upload are killed
(SIGKILL) at random moments while they work, at least 20 times each. Every kill must leave
`PRAGMA integrity_check` = ok and either the whole change or none of it; files half-written or
named by no row are gone after the next writer's sweep.

A kill counts only when it interrupted real work: the process was still running, had the
database open, and the moment was drawn at random inside the span a calibration run measured
from that point to the end (for import: from the first page its transaction spilled into the
write-ahead log). Each kill records what the process had done (write-ahead log grown, partial
files present), so the summary shows how many kills landed inside a transaction.

Run: TRIPWRIGHT_BIN=.build/debug/tripwright python3 -m pytest -q -s tests/kill
(needs Pillow for real JPEGs: python3 -m pip install pillow). `./dev reliability` runs it.
"""
import io
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("KILLS", "20"))
SEED = REPO / "seeds" / "kyushu-2025.yaml"
RNG = random.Random(int(os.environ.get("KILL_SEED", str(int(time.time())))))


def binary():
    path = os.environ.get("TRIPWRIGHT_BIN") or os.environ.get("TRIPWRIGHT")
    if not path:
        path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, capture_output=True, text=True).stdout.strip() + "/tripwright"
    assert os.access(path, os.X_OK), f"no tripwright at {path}"
    return path


TW = binary()
SUMMARY = {}


@pytest.fixture()
def work():
    folder = Path(tempfile.mkdtemp(prefix="tw-kill-"))
    env = dict(os.environ, XDG_DATA_HOME=str(folder / "xdg"), XDG_CACHE_HOME=str(folder / "cache"), TRIPWRIGHT_LANG="en")
    yield folder, env
    shutil.rmtree(folder, ignore_errors=True)


def run(args, env, **kw):
    return subprocess.run([TW] + args, env=env, capture_output=True, text=True, **kw)


def integrity(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def scalar(db, sql, *args):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchone()[0]
    finally:
        con.close()


def wal_size(db):
    try:
        return os.path.getsize(db + "-wal")
    except OSError:
        return 0


def has_open(pid, path):
    try:
        return any(os.readlink(f"/proc/{pid}/fd/{fd}") == path for fd in os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return False


def partial_files(folder):
    if not folder.exists():
        return 0
    return sum(1 for p in folder.rglob("*") if p.name.startswith(".tw-part-") or p.name.startswith(".dat.nosync"))


def wait_for(predicate, process, timeout=60):
    start = time.monotonic()
    while not predicate():
        if process.poll() is not None or time.monotonic() - start > timeout:
            return False
        time.sleep(0.0005)
    return True


def jpeg(path, seed, size=(1600, 1200)):
    """A real JPEG of noise (large, so writing it takes a while); libvips decodes it."""
    from PIL import Image
    rnd = random.Random(seed)
    image = Image.frombytes("RGB", size, bytes(rnd.getrandbits(8) for _ in range(size[0] * size[1] * 3)))
    image.save(path, "JPEG", quality=95)
    return path


def kill_loop(name, template, start, marker, span, outcome, after=None, working=lambda p: p.poll() is None,
              writing=None, write_span=None):
    """Kills fresh runs until KILLS of them interrupted real work. `start(db, folder)` starts a
    process on a copy of `template`; `marker(process, db, folder)` says it began the work;
    `span` is how long that work lasts (from calibration runs); `outcome(db)` returns "none" or
    "whole" (anything else fails); `after(db, folder)` checks what is left once the next writer
    has run; `working(process)` says whether the work was still under way at the kill. With
    `writing` (a marker that the process has begun writing: a partial file, the log growing),
    every other kill waits for it and lands within `write_span` of it, inside the write."""
    counted, tries = [], 0
    notes = {"in_write": 0, "partial_files": 0, "none": 0, "whole": 0}
    while len(counted) < KILLS and tries < KILLS * 5:
        tries += 1
        folder = Path(tempfile.mkdtemp(prefix=f"tw-{name.replace(' ', '-')}-"))
        db = str(folder / "t.sqlite")
        shutil.copy(template, db)
        process = start(db, folder)
        began = wait_for(lambda: marker(process, db, folder), process)
        wal_before = wal_size(db)
        if writing and tries % 2 == 0:
            began = began and wait_for(lambda: writing(process, db, folder), process)
            delay = RNG.uniform(0, write_span)
        else:
            delay = RNG.uniform(0, span)
        time.sleep(delay)
        alive = working(process)
        state = {"in_write": wal_size(db) >= wal_before + 16384 or partial_files(folder / "t.files") > 0,
                 "partial_files": partial_files(folder / "t.files") > 0, "delay": round(delay, 4)}
        process.send_signal(signal.SIGKILL)
        process.wait()
        if began and alive:
            assert integrity(db) == "ok", f"{name}: integrity_check failed after a kill at {delay:.3f}s"
            result = outcome(db)
            assert result in ("none", "whole"), f"{name}: partial change after a kill at {delay:.3f}s: {result}"
            if after:
                after(db, folder)
            notes[result] += 1
            notes["in_write"] += state["in_write"]
            notes["partial_files"] += state["partial_files"]
            counted.append(state)
        shutil.rmtree(folder, ignore_errors=True)
    assert len(counted) >= KILLS, f"{name}: only {len(counted)} of {tries} kills interrupted work"
    SUMMARY[name] = dict(notes, kills=len(counted), tries=tries, span_seconds=round(span, 3))
    print(f"\n{name}: {json.dumps(SUMMARY[name], ensure_ascii=False)}")
    return notes


def calibrate(template, start, marker, folder_name, runs=3, writing=None):
    """The longest time, over `runs` unkilled runs, from the marker to the end (and from the
    `writing` marker to the end); each run must succeed."""
    spans, write_spans = [], []
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp(prefix=f"tw-cal-{folder_name}-"))
        try:
            db = str(folder / "t.sqlite")
            shutil.copy(template, db)
            process = start(db, folder)
            assert wait_for(lambda: marker(process, db, folder), process), "marker never seen in a calibration run"
            t0 = time.monotonic()
            if writing:
                assert wait_for(lambda: writing(process, db, folder), process), "writing never seen in a calibration run"
            t1 = time.monotonic()
            assert process.wait() == 0
            spans.append(time.monotonic() - t0)
            write_spans.append(time.monotonic() - t1)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return max(spans), max(write_spans)


def seeded_template(work_folder, env):
    template = str(work_folder / "seeded.sqlite")
    assert run(["import", str(SEED), "--db", template], env).returncode == 0
    con = sqlite3.connect(template)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return template


def test_killed_import_leaves_all_or_nothing(work):
    folder, env = work
    plan = folder / "big.yaml"
    lines = ["tripwright: 1", "id: big", "title: 大量", "category: 考察", "agency: 局", "home: 臺中市", "start: 2025-01-01",
             "end: 2025-12-31", "members:", "- {id: a, unit: 局, title: 局長, name: 甲, role: leader}", "events:"]
    para = "會談重點" * 700
    for i in range(800):
        lines.append(f'- {{id: e{i}, kind: 參訪, title: 參訪 {i}, date: 2025-03-01, place: 福岡, notes: ["{i} {para}"]}}')
    plan.write_text("\n".join(lines) + "\n")
    template = str(folder / "empty.sqlite")
    assert run(["init", "--db", template], env).returncode == 0

    def start(db, _):
        return subprocess.Popen([TW, "import", str(plan), "--db", db], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    opened = {}

    def marker(process, db, _):
        # The transaction has begun spilling pages into the write-ahead log.
        base = opened.setdefault(db, None)
        if base is None and has_open(process.pid, db):
            opened[db] = wal_size(db)
            return False
        return base is not None and wal_size(db) > base + 65536

    span, _ = calibrate(template, start, marker, "import")

    def outcome(db):
        delegations = scalar(db, "SELECT COUNT(*) FROM delegation")
        if delegations == 0:
            assert scalar(db, "SELECT COUNT(*) FROM event") == 0 and scalar(db, "SELECT COUNT(*) FROM note") == 0
            return "none"
        events, notes = scalar(db, "SELECT COUNT(*) FROM event"), scalar(db, "SELECT COUNT(*) FROM note")
        return "whole" if (events, notes) == (800, 800) else f"{events} events, {notes} notes"

    notes = kill_loop("import", template, start, marker, span, outcome)
    assert notes["in_write"] >= KILLS // 2, "too few kills landed inside the import's transaction"


def test_killed_log_note_leaves_all_or_nothing(work):
    folder, env = work
    template = seeded_template(folder, env)
    before = scalar(template, "SELECT COUNT(*) FROM note")
    text = "現場筆記。" * 8000  # 120 kB, under the kernel's 128 kB limit for one argument

    def start(db, _):
        return subprocess.Popen([TW, "log", "note", "kyushu-2025", "fgn", text, "--db", db], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def marker(process, db, _):
        return has_open(process.pid, db)

    def writing(process, db, _):
        return wal_size(db) > 65536

    span, write_span = calibrate(template, start, marker, "note", writing=writing)

    def outcome(db):
        count = scalar(db, "SELECT COUNT(*) FROM note")
        if count == before:
            return "none"
        stored = scalar(db, "SELECT text FROM note ORDER BY id DESC LIMIT 1")
        return "whole" if count == before + 1 and stored == text else f"{count - before} notes, text intact: {stored == text}"

    kill_loop("log note", template, start, marker, span, outcome, writing=writing, write_span=write_span)


def test_killed_log_photo_leaves_all_or_nothing(work):
    folder, env = work
    template = seeded_template(folder, env)
    camera = folder / "camera"
    camera.mkdir()
    photos = [str(jpeg(camera / f"p{i}.jpg", i)) for i in range(4)]
    spare = str(jpeg(camera / "spare.jpg", 99, size=(64, 48)))
    before = scalar(template, "SELECT COUNT(*) FROM photo")

    def start(db, _):
        return subprocess.Popen([TW, "log", "photo", "kyushu-2025", "fgn", *photos, "--caption", "現場", "--db", db], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def marker(process, db, _):
        return has_open(process.pid, db)

    def writing(process, db, folder):
        return partial_files(folder / "t.files") > 0

    span, write_span = calibrate(template, start, marker, "photo", writing=writing)

    def outcome(db):
        count = scalar(db, "SELECT COUNT(*) FROM photo")
        return {before: "none", before + len(photos): "whole"}.get(count, f"{count - before} of {len(photos)} photos")

    def after(db, work_folder):
        # The next writer sweeps what the killed one left: files then match rows exactly.
        assert run(["log", "photo", "kyushu-2025", "tbic", spare, "--db", db], env).returncode == 0
        files = work_folder / "t.files" / "photos" / "kyushu-2025"
        on_disk = {p.name for p in files.iterdir() if p.name != ".lock"}
        con = sqlite3.connect(db)
        named = {Path(row[0]).name for row in con.execute("SELECT file FROM photo WHERE file LIKE 'photos/kyushu-2025/%'")}
        con.close()
        assert on_disk == named, f"left on disk: {sorted(on_disk - named)}; missing: {sorted(named - on_disk)}"

    kill_loop("log photo", template, start, marker, span, outcome, after, writing=writing, write_span=write_span)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def multipart(fields, files):
    boundary = "----tw-kill-boundary"
    body = io.BytesIO()
    for k, v in fields.items():
        body.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
    for name, data in files:
        body.write(f'--{boundary}\r\nContent-Disposition: form-data; name="photos"; filename="{name}"\r\nContent-Type: image/jpeg\r\n\r\n'.encode())
        body.write(data)
        body.write(b"\r\n")
    body.write(f"--{boundary}--\r\n".encode())
    return body.getvalue(), f"multipart/form-data; boundary={boundary}"


def test_killed_server_during_an_upload_leaves_all_or_nothing(work):
    folder, env = work
    template = seeded_template(folder, env)
    camera = folder / "camera"
    camera.mkdir()
    uploads = [(f"p{i}.jpg", Path(jpeg(camera / f"p{i}.jpg", 10 + i)).read_bytes()) for i in range(4)]
    before = scalar(template, "SELECT COUNT(*) FROM photo")

    class Server:
        def __init__(self, db):
            self.port = free_port()
            self.process = subprocess.Popen([TW, "serve", "--db", db, "--port", str(self.port)], env=env,
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.sent = threading.Event()
            self.done = threading.Event()

        def ready(self):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=0.2):
                    return True
            except OSError:
                return False

        def upload(self):
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
            page = opener.open(f"http://127.0.0.1:{self.port}/d/kyushu-2025/e/fgn", timeout=10).read().decode()
            token = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
            body, kind = multipart({"csrf": token, "caption": "上傳"}, uploads)
            request = urllib.request.Request(f"http://127.0.0.1:{self.port}/d/kyushu-2025/e/fgn/photos", data=body, headers={"Content-Type": kind})

            def send():
                self.sent.set()
                try:
                    opener.open(request, timeout=60).read()
                except Exception:
                    pass
                self.done.set()
            threading.Thread(target=send, daemon=True).start()

        def poll(self):
            return self.process.poll()

        def send_signal(self, sig):
            self.process.send_signal(sig)

        def wait(self):
            self.process.wait()

    def start(db, _):
        server = Server(db)
        deadline = time.monotonic() + 30
        while not server.ready():
            assert time.monotonic() < deadline and server.poll() is None, "server did not start"
            time.sleep(0.02)
        server.upload()
        return server

    def marker(server, db, _):
        # The request is on its way; the kill lands inside the span the server needs for it.
        return server.sent.wait(10)

    def writing(server, db, folder):
        return partial_files(folder / "t.files") > 0 or server.done.is_set()

    # Calibrate: how long the server needs for the upload once it is sent, and once it writes.
    span, write_span = 0.0, 0.0
    for _ in range(3):
        cal = Path(tempfile.mkdtemp(prefix="tw-cal-upload-"))
        shutil.copy(template, cal / "t.sqlite")
        server = start(str(cal / "t.sqlite"), cal)
        server.sent.wait(10)
        t0 = time.monotonic()
        while not writing(server, None, cal):
            time.sleep(0.0005)
        t1 = time.monotonic()
        assert server.done.wait(60)
        span, write_span = max(span, time.monotonic() - t0), max(write_span, time.monotonic() - t1)
        assert scalar(str(cal / "t.sqlite"), "SELECT COUNT(*) FROM photo") == before + len(uploads)
        server.send_signal(signal.SIGTERM)
        server.wait()
        shutil.rmtree(cal, ignore_errors=True)

    def outcome(db):
        count = scalar(db, "SELECT COUNT(*) FROM photo")
        return {before: "none", before + len(uploads): "whole"}.get(count, f"{count - before} of {len(uploads)} photos")

    def after(db, work_folder):
        # A restarted server sweeps what the killed one left before it serves.
        server = Server(db)
        deadline = time.monotonic() + 30
        while not server.ready():
            assert time.monotonic() < deadline and server.poll() is None, "server did not restart"
            time.sleep(0.02)
        server.send_signal(signal.SIGTERM)
        server.wait()
        files = work_folder / "t.files" / "photos" / "kyushu-2025"
        on_disk = {p.name for p in files.iterdir() if p.name != ".lock"} if files.exists() else set()
        con = sqlite3.connect(db)
        named = {Path(row[0]).name for row in con.execute("SELECT file FROM photo WHERE file LIKE 'photos/kyushu-2025/%'")}
        con.close()
        assert on_disk == named, f"left on disk: {sorted(on_disk - named)}"

    kill_loop("web upload", template, start, marker, span, outcome, after,
              working=lambda server: server.poll() is None and not server.done.is_set(), writing=writing, write_span=write_span)


def teardown_module(_):
    out = os.environ.get("KILL_SUMMARY")
    if out:
        Path(out).write_text(json.dumps(SUMMARY, ensure_ascii=False, indent=2) + "\n")

"""A real full disk: a 600 kB tmpfs holds the database and its files, then is filled. Every
write (a note, a photo, a plan import, a note through the web) must be refused with the worded
message, exit 2 (503 on the web, without the server's paths), leave no partial file, and leave
the database intact and readable. Needs root's right to mount a tmpfs; skipped without it.

Run: TRIPWRIGHT_BIN=.build/debug/tripwright python3 -m pytest -q tests/environment
"""
import os
import re
import socket
import sqlite3
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TW = os.environ.get("TRIPWRIGHT_BIN") or os.environ.get("TRIPWRIGHT") or str(REPO / ".build/debug/tripwright")
SEED = REPO / "seeds" / "kyushu-2025.yaml"
PHOTO = REPO / "Tests" / "TripStoreTests" / "Fixtures" / "meeting.png"


@pytest.fixture()
def full_disk():
    mount = Path(tempfile.mkdtemp(prefix="tw-full-"))
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True).returncode != 0:
        mount.rmdir()
        pytest.skip("cannot mount a small tmpfs here")
    env = dict(os.environ, XDG_CACHE_HOME=tempfile.mkdtemp(prefix="tw-cache-"))
    try:
        db = str(mount / "k.sqlite")
        assert subprocess.run([TW, "import", str(SEED), "--db", db], env=env, capture_output=True).returncode == 0

        def fill():
            fd = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
            try:
                while os.write(fd, b"\0" * 4096) > 0:
                    pass
            except OSError:
                pass
            finally:
                os.close(fd)
        yield mount, db, env, fill
    finally:
        for _ in range(50):
            if subprocess.run(["umount", str(mount)], capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        mount.rmdir()


def refused(result):
    assert result.returncode == 2, result.stderr
    assert "磁碟空間已滿" in result.stderr, result.stderr
    assert "SQLite error" not in result.stderr and "NSCocoaErrorDomain" not in result.stderr


def partial_files(mount):
    return [p.name for p in mount.rglob("*") if p.name.startswith(".tw-part-") or p.name.startswith(".dat.nosync")]


def test_every_write_on_a_full_disk_is_refused_in_words_and_leaves_nothing_half_done(full_disk):
    mount, db, env, fill = full_disk
    fill()
    # Reading still works on the full disk.
    before = subprocess.run([TW, "export", "kyushu-2025", "--db", db], env=env, capture_output=True, text=True).stdout
    assert before.startswith("tripwright: 1")
    refused(subprocess.run([TW, "log", "note", "kyushu-2025", "fgn", "筆記" * 20000, "--db", db], env=env, capture_output=True, text=True))
    refused(subprocess.run([TW, "log", "photo", "kyushu-2025", "fgn", str(PHOTO), "--db", db], env=env, capture_output=True, text=True))
    refused(subprocess.run([TW, "log", "press", "kyushu-2025", "--date", "2025-09-08", "--outlet", "報", "--image", str(PHOTO), "--db", db],
                           env=env, capture_output=True, text=True))
    assert partial_files(mount) == []
    # Room again (any reader needs a little for SQLite's shared memory): intact, and unchanged.
    (mount / "filler").unlink()
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    after = subprocess.run([TW, "export", "kyushu-2025", "--db", db], env=env, capture_output=True, text=True).stdout
    assert after == before


def test_a_note_posted_on_a_full_disk_gets_a_worded_503_without_server_paths(full_disk):
    mount, db, env, fill = full_disk
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([TW, "serve", "--db", db, "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=0.2)
                break
            except OSError:
                time.sleep(0.05)
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        page = opener.open(base + "/d/kyushu-2025/e/fgn").read().decode()
        # The server started (its secrets are stored); now the disk fills up under it.
        fill()
        token = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
        body = urllib.parse.urlencode({"csrf": token, "text": "筆記" * 8000}).encode()
        try:
            opener.open(base + "/d/kyushu-2025/e/fgn/notes", data=body)
            pytest.fail("the note was acknowledged on a full disk")
        except urllib.error.HTTPError as e:
            text = e.read().decode()
            assert e.code == 503
            assert "磁碟空間已滿" in text and str(mount) not in text
    finally:
        server.terminate()
        server.wait()

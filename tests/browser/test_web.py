"""Drives Debian's Chromium through Selenium against `tripwright serve --auth` on 127.0.0.1.

Builds nothing: run after `swift build`. TRIPWRIGHT_BIN names the binary (default
.build/debug/tripwright); TRIPWRIGHT_SCREENSHOTS names a folder to keep the screenshots in.
"""
import base64
import os
import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from serving import Server
from stale import gone
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("TRIPWRIGHT_BIN", REPO / ".build/debug/tripwright"))
TRIP = "kyushu-2025"


def tw(*args, db):
    out = subprocess.run([str(BIN), *args, "--db", str(db)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def code_of(output):
    return re.findall(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", output)[-1]


@pytest.fixture(scope="module")
def server():
    folder = Path(tempfile.mkdtemp(prefix="tripwright-browser-"))
    db = folder / "web.sqlite"
    tw("import", str(REPO / "seeds/kyushu-2025.yaml"), db=db)
    # Each sign-in spends a one-time code; `user add` again issues a fresh one.
    users = {"member": ("葉珀如", "member"), "viewer": ("檢視者", "viewer")}


    def codes(who):
        name, role = users[who]
        code = code_of(tw("user", "add", name, "--role", role, db=db))
        if role == "viewer":
            # Viewers see only the delegations granted to them (issue 11).
            tw("user", "grant", name, "kyushu-2025", "--role", "viewer", db=db)
        return code

    served = Server(BIN, db, folder, "--auth", "--now", "2025-09-01T10:30:00+09:00").start()
    yield {"base": served.base, "codes": codes, "folder": folder}
    served.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def shots():
    keep = os.environ.get("TRIPWRIGHT_SCREENSHOTS")
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="tripwright-shots-"))
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    if not keep:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def downloads():
    folder = Path(tempfile.mkdtemp(prefix="tripwright-downloads-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def driver(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844", "--lang=zh-TW"]:
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False})
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    d = webdriver.Chrome(options=options, service=service)
    d.set_window_size(390, 844)
    d.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    yield d
    d.quit()


def sign_in(driver, server, who, next_path):
    driver.delete_all_cookies()
    driver.get(server["base"] + "/signin?next=" + next_path)
    driver.find_element(By.ID, "code").send_keys(server["codes"](who))
    driver.find_element(By.CSS_SELECTOR, "form[action='/signin'] button").click()
    WebDriverWait(driver, 10).until(lambda d: "/signin" not in d.current_url)


def jpeg_with_exif(driver, label, colour, taken):
    """A real JPEG drawn by Chromium's canvas, with an EXIF DateTimeOriginal spliced in."""
    data_url = driver.execute_script(
        "const c=document.createElement('canvas');c.width=640;c.height=480;const g=c.getContext('2d');"
        "g.fillStyle=arguments[1];g.fillRect(0,0,640,480);g.fillStyle='#fff';g.font='48px sans-serif';"
        "g.fillText(arguments[0],40,250);return c.toDataURL('image/jpeg',0.9);", label, colour)
    jpeg = base64.b64decode(data_url.split(",", 1)[1])
    tiff = b"II*\x00\x08\x00\x00\x00" + b"\x01\x00" + struct.pack("<HHII", 0x8769, 4, 1, 26) + b"\x00\x00\x00\x00"
    tiff += b"\x01\x00" + struct.pack("<HHII", 0x9003, 2, 20, 44) + b"\x00\x00\x00\x00" + taken.encode() + b"\x00"
    payload = b"Exif\x00\x00" + tiff
    app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + app1 + jpeg[2:]


def fetch_status(driver, url, body):
    return driver.execute_async_script(
        "const done=arguments[arguments.length-1];"
        "fetch(arguments[0],{method:'POST',body:new URLSearchParams(arguments[1]),credentials:'same-origin',redirect:'manual'})"
        ".then(r=>done(r.status)).catch(e=>done('error '+e));", url, body)


def test_member_logs_a_meeting_from_the_phone_and_downloads_the_report(server, driver, shots, downloads):
    sign_in(driver, server, "member", f"/d/{TRIP}/today")
    assert "/today" in driver.current_url
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "目前會談" in body and ("10:30 UTC+9" in body or "10:30 JST" in body)

    note = "與柳橋連合市場理事長會談：攤商自治管理與觀光客動線。"
    driver.find_element(By.ID, "note-text").send_keys(note)
    driver.find_element(By.CSS_SELECTOR, "form.note-form button").click()
    # The page is replaced after the post: a body found just before that goes stale.
    WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: note in d.find_element(By.TAG_NAME, "body").text)

    photos = []
    for i, (label, colour) in enumerate([("柳橋 1", "#2b6cb0"), ("柳橋 2", "#c05621")]):
        path = server["folder"] / f"photo-{i}.jpg"
        path.write_bytes(jpeg_with_exif(driver, label, colour, f"2025:09:01 10:{15 + i:02d}:00"))
        photos.append(str(path))
    driver.find_element(By.ID, "photo-files").send_keys("\n".join(photos))
    driver.find_element(By.CSS_SELECTOR, "form.photo-form input[name=caption]").send_keys("市場現場交流")
    button = driver.find_element(By.CSS_SELECTOR, "form.photo-form button")
    button.click()
    WebDriverWait(driver, 20).until(gone(button))
    driver.save_screenshot(str(shots / "phone-today.png"))

    driver.find_element(By.CSS_SELECTOR, ".current h2 a").click()
    WebDriverWait(driver, 10).until(lambda d: "/e/" in d.current_url and d.execute_script("return document.readyState") == "complete")

    def photos_loaded(d):
        # Found afresh each time: elements of the page being replaced go stale.
        images = d.find_elements(By.CSS_SELECTOR, ".photos img")
        return len(images) == 2 and all(d.execute_script("return arguments[0].complete && arguments[0].naturalWidth", i) for i in images)
    # The images load lazily: bring them into view first (44 px targets push them below the fold).
    WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: d.execute_script("const p = document.querySelector('.photos'); if (p) p.scrollIntoView(); return !!p"))
    WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(photos_loaded)
    assert "114 年 9 月 1 日 10:15" in driver.find_element(By.CSS_SELECTOR, ".photos").text
    assert note in driver.find_element(By.TAG_NAME, "body").text
    driver.execute_script("document.querySelector('.photos').scrollIntoView()")
    driver.save_screenshot(str(shots / "phone-event.png"))

    # A request without the CSRF token is refused.
    assert fetch_status(driver, driver.current_url + "/notes", {"text": "no token"}) == 403

    driver.get(f"{server['base']}/d/{TRIP}/report")
    driver.find_element(By.CSS_SELECTOR, f"a[href='/d/{TRIP}/report/trip/docx']").click()
    WebDriverWait(driver, 60).until(lambda d: any(p.suffix == ".docx" for p in downloads.iterdir()))
    docx = next(p for p in downloads.iterdir() if p.suffix == ".docx")
    assert docx.read_bytes()[:2] == b"PK"


def test_viewer_cannot_post_even_a_forged_form(server, driver):
    sign_in(driver, server, "viewer", f"/d/{TRIP}/e/fgn")
    assert not driver.find_elements(By.ID, "note-text")
    token = driver.find_element(By.CSS_SELECTOR, "input[name=csrf]").get_attribute("value")
    assert fetch_status(driver, f"/d/{TRIP}/e/fgn/notes", {"csrf": token, "text": "forged"}) == 403


def test_desktop_schedule(server, driver, shots):
    sign_in(driver, server, "viewer", f"/d/{TRIP}/schedule")
    driver.set_window_size(1280, 900)
    assert "JX840" in driver.find_element(By.TAG_NAME, "body").text
    driver.save_screenshot(str(shots / "desktop-schedule.png"))
    driver.set_window_size(390, 844)

"""The installable offline web app in Chromium at 390×844 (issue 11).

Opens an event page online, then takes the network away twice over: DevTools' offline emulation
(navigator.onLine false, the page's own requests fail) and the server stopped, because the
emulation, set on the page's target, does not reach the service worker's own fetches (tried: with
the emulation on and the server up, a page never opened still came from the network). Pages come from the service
worker's cache; a note and a photo logged offline wait as 待傳送 in IndexedDB and arrive with the
time they were logged once the server is back; a note the server refuses stays with its reason
until discarded. Sign-out empties the page cache.

The server runs on the real clock (no --now): the phone's clock is the browser's. Run after
`swift build`; TRIPWRIGHT_SCREENSHOTS keeps the screenshots.
"""
import shutil
import sqlite3
import tempfile
import time
import base64
from datetime import datetime, timezone
from pathlib import Path

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from serving import Server
from test_web import BIN, REPO, TRIP, code_of, downloads, driver, shots, sign_in, tw  # noqa: F401 (fixtures)

CACHE = "tripwright-pages-v1"


@pytest.fixture(scope="module")
def server():
    folder = Path(tempfile.mkdtemp(prefix="tripwright-offline-"))
    db = folder / "web.sqlite"
    tw("import", str(REPO / "seeds/kyushu-2025.yaml"), db=db)
    codes = lambda who: code_of(tw("user", "add", "葉珀如", "--role", "member", db=db))
    served = Server(BIN, db, folder, "--auth").start()
    yield {"base": served.base, "codes": codes, "folder": folder, "db": db, "start": served.start, "stop": served.stop}
    served.stop()
    shutil.rmtree(folder, ignore_errors=True)


def network(driver, online):
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                           {"offline": not online, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return navigator.onLine") is online)


def count_outbox(n):
    return lambda d: len(d.find_elements(By.CSS_SELECTOR, "#outbox .outbox-item")) == n


def queued(driver):
    """What IndexedDB holds: kind, what the list shows, taken, state, number of files."""
    return driver.execute_async_script(
        "const done=arguments[arguments.length-1];const r=indexedDB.open('tripwright',1);"
        "r.onsuccess=()=>{const q=r.result.transaction('outbox').objectStore('outbox').getAll();"
        "q.onsuccess=()=>done(q.result.map(i=>({kind:i.kind,shown:i.shown,taken:i.taken,state:i.state,files:i.files.length})));};"
        "r.onerror=()=>done(null);")


def cached_paths(driver):
    return driver.execute_async_script(
        "const done=arguments[arguments.length-1];"
        "caches.has(arguments[0]).then(h=>h?caches.open(arguments[0]).then(c=>c.keys()).then(k=>done(k.map(r=>new URL(r.url).pathname))):done([]));",
        CACHE)


def plain_jpeg(driver, path):
    """A real JPEG without an EXIF clock (as an app or a screenshot saves it), drawn by the canvas."""
    data_url = driver.execute_script(
        "const c=document.createElement('canvas');c.width=640;c.height=480;const g=c.getContext('2d');"
        "g.fillStyle='#2f855a';g.fillRect(0,0,640,480);g.fillStyle='#fff';g.font='48px sans-serif';"
        "g.fillText('離線照片',40,250);return c.toDataURL('image/jpeg',0.9);")
    path.write_bytes(base64.b64decode(data_url.split(",", 1)[1]))
    return str(path)


def utc(text):
    """A GRDB DATETIME (UTC) or an ISO 8601 time with offset as an aware datetime, to the second."""
    value = datetime.fromisoformat(text.replace(" ", "T"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).replace(microsecond=0)


def test_logged_offline_arrives_with_its_time_and_a_refused_note_stays(server, driver, shots):
    event = f"/d/{TRIP}/e/fgn"
    sign_in(driver, server, "member", event)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return !!navigator.serviceWorker.controller"))
    # Opened online once: the schedule, Today and the event page (with the static files) are kept.
    today = f"/d/{TRIP}/today"
    for path in [f"/d/{TRIP}/schedule", today, event]:
        driver.get(server["base"] + path)
    WebDriverWait(driver, 10).until(lambda d: {f"/d/{TRIP}/schedule", today, event, "/static/app.js"} <= set(cached_paths(d)))

    server["stop"]()
    network(driver, online=False)
    driver.get(server["base"] + f"/d/{TRIP}/schedule")
    assert "JX840" in driver.find_element(By.TAG_NAME, "body").text
    driver.get(server["base"] + today)
    assert driver.find_elements(By.CSS_SELECTOR, "nav.tabs") and "離線中" not in driver.title
    # A page never opened says so instead of the browser's error.
    driver.get(server["base"] + f"/d/{TRIP}/press")
    assert "這一頁還沒有存在此裝置上" in driver.find_element(By.TAG_NAME, "body").text
    driver.get(server["base"] + event)
    title = driver.find_element(By.CSS_SELECTOR, ".event h2").text
    assert title and driver.find_elements(By.ID, "note-text")

    note = "離線時寫下：FGN 願協助台灣新創進駐，下月寄送申請書。"
    driver.find_element(By.ID, "note-text").send_keys(note)
    driver.find_element(By.CSS_SELECTOR, "form.note-form button").click()
    WebDriverWait(driver, 5).until(count_outbox(1))
    driver.find_element(By.ID, "photo-files").send_keys(plain_jpeg(driver, server["folder"] / "offline.jpg"))
    driver.find_element(By.CSS_SELECTOR, "form.photo-form input[name=caption]").send_keys("離線時拍的育成空間")
    driver.find_element(By.CSS_SELECTOR, "form.photo-form button").click()
    WebDriverWait(driver, 5).until(count_outbox(2))
    bad = "離線筆記含響鈴字元\u0007需要修正"
    driver.execute_script("document.getElementById('note-text').value = arguments[0]", bad)
    driver.find_element(By.CSS_SELECTOR, "form.note-form button").click()
    WebDriverWait(driver, 5).until(count_outbox(3))
    # Every logging form of the event page waits alike: an outcome.
    outcome = "FGN 同意明年派員回訪"
    driver.execute_script("document.querySelector('form[action$=\"/outcomes\"]').closest('details').open = true")
    driver.find_element(By.CSS_SELECTOR, "form[action$='/outcomes'] input[name=text]").send_keys(outcome)
    driver.find_element(By.CSS_SELECTOR, "form[action$='/outcomes'] button").click()
    WebDriverWait(driver, 5).until(count_outbox(4))

    box = driver.find_element(By.ID, "outbox").text
    assert "待傳送（4）" in box and outcome in box and note in box and "1 張照片：離線時拍的育成空間" in box and title in box
    assert "年" in box and "UTC" in box
    assert driver.find_element(By.ID, "note-text").get_attribute("value") == ""
    # Kept across a reload while offline (IndexedDB, the page from the cache).
    assert "已存在此裝置" in driver.find_element(By.ID, "offline-status").text
    driver.save_screenshot(str(shots / "offline-saved-under-form.png"))
    driver.refresh()
    WebDriverWait(driver, 5).until(count_outbox(4))
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(str(shots / "offline-pending.png"))
    items = queued(driver)
    assert [i["kind"] for i in items] == ["note", "photos", "note", "outcome"] and items[1]["files"] == 1
    logged = {i["shown"]: utc(i["taken"]) for i in items}

    # Sent later than logged: the server must keep the time logged.
    time.sleep(2.5)
    server["start"]()
    network(driver, online=True)
    WebDriverWait(driver, 40).until(count_outbox(1))
    WebDriverWait(driver, 10).until(lambda d: "refused" in d.find_element(By.CSS_SELECTOR, "#outbox .outbox-item").get_attribute("class"))
    refused = driver.find_element(By.CSS_SELECTOR, "#outbox .outbox-item")
    assert "未被接受" in refused.text and "控制字元" in refused.text and "再送一次" in refused.text and "捨棄" in refused.text
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(str(shots / "offline-refused.png"))

    with sqlite3.connect(server["db"]) as db:
        notes = dict(db.execute("select text, createdAt from note where eventId = 'fgn'").fetchall())
        photos = dict(db.execute("select caption, takenAt from photo where eventId = 'fgn' and caption is not null").fetchall())
        outcomes = [row[0] for row in db.execute("select text from outcome where eventId = 'fgn'")]
    assert bad not in notes
    assert utc(notes[note]) == logged[note]
    assert utc(photos["離線時拍的育成空間"]) == logged["1 張照片：離線時拍的育成空間"]
    assert outcome in outcomes

    driver.refresh()
    WebDriverWait(driver, 10).until(lambda d: note in d.find_element(By.TAG_NAME, "body").text)
    assert "離線時拍的育成空間" in driver.find_element(By.CSS_SELECTOR, ".photos").text

    # Discarded only when the user says so.
    driver.find_element(By.CSS_SELECTOR, "#outbox .discard").click()
    driver.switch_to.alert.accept()
    WebDriverWait(driver, 5).until(lambda d: not d.find_element(By.ID, "outbox").is_displayed())
    assert queued(driver) == []

    # Posts are never kept; the pages are.
    kept = cached_paths(driver)
    assert event in kept and not [p for p in kept if p.rsplit("/", 1)[-1] in ("notes", "photos", "outcomes", "signout")]
    # Sign-out forgets the kept pages (the sign-in page's own static files may be kept again).
    driver.find_element(By.CSS_SELECTOR, "form[action='/signout'] button").click()
    WebDriverWait(driver, 10).until(lambda d: "/signin" in d.current_url)
    WebDriverWait(driver, 10).until(lambda d: not [p for p in cached_paths(d) if p.startswith("/d/") or p == "/today"])


def test_chromium_finds_the_app_installable(server, driver):
    sign_in(driver, server, "member", f"/d/{TRIP}/today")
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return !!navigator.serviceWorker.controller"))
    manifest = driver.execute_cdp_cmd("Page.getAppManifest", {})
    assert manifest["errors"] == [] and manifest["url"].endswith("/static/manifest.webmanifest")
    assert driver.execute_cdp_cmd("Page.getInstallabilityErrors", {})["installabilityErrors"] == []


def test_photos_of_a_page_opened_online_show_offline(server, driver):
    event = f"/d/{TRIP}/e/tbic"
    sign_in(driver, server, "member", event)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return !!navigator.serviceWorker.controller"))
    # Sent live (through fetch, then the page the server answers with).
    driver.find_element(By.ID, "photo-files").send_keys(plain_jpeg(driver, server["folder"] / "online.jpg"))
    driver.find_element(By.CSS_SELECTOR, "form.photo-form input[name=caption]").send_keys("連線時上傳的照片")
    driver.find_element(By.CSS_SELECTOR, "form.photo-form button").click()
    WebDriverWait(driver, 20).until(lambda d: "連線時上傳的照片" in d.find_element(By.CSS_SELECTOR, ".photos").text)

    def photo_shown(d):
        images = d.find_elements(By.CSS_SELECTOR, ".photos img[alt='連線時上傳的照片']")
        return images and d.execute_script("return arguments[0].complete && arguments[0].naturalWidth", images[0]) > 0
    WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(photo_shown)
    WebDriverWait(driver, 10).until(lambda d: any("/photo/" in p for p in cached_paths(d)))

    server["stop"]()
    network(driver, online=False)
    try:
        driver.refresh()
        WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(photo_shown)
    finally:
        server["start"]()
        network(driver, online=True)


def test_notes_left_in_the_earlier_local_storage_queue_are_adopted_not_lost(server, driver):
    event = f"/d/{TRIP}/e/tbic"
    sign_in(driver, server, "member", event)
    action = server["base"] + event + "/notes"
    driver.execute_script(
        "localStorage.setItem('tripwright.pendingNotes', JSON.stringify([{action: arguments[0], text: '舊佇列裡等著送的筆記', csrf: 'old'}]));"
        "localStorage.setItem('tripwright.refusedNotes', JSON.stringify([{action: arguments[0], text: '舊佇列裡被拒的筆記', csrf: 'old'}]));",
        action)
    driver.refresh()
    WebDriverWait(driver, 20).until(count_outbox(1))
    WebDriverWait(driver, 10).until(lambda d: "舊佇列裡被拒的筆記" in d.find_element(By.ID, "outbox").text)
    assert "先前未被接受" in driver.find_element(By.ID, "outbox").text
    assert driver.execute_script("return localStorage.getItem('tripwright.pendingNotes') || localStorage.getItem('tripwright.refusedNotes')") is None
    driver.refresh()
    assert "舊佇列裡等著送的筆記" in driver.find_element(By.TAG_NAME, "body").text
    driver.find_element(By.CSS_SELECTOR, "#outbox .discard").click()
    driver.switch_to.alert.accept()
    WebDriverWait(driver, 5).until(lambda d: not d.find_element(By.ID, "outbox").is_displayed())


def test_a_note_the_server_fails_on_with_5xx_waits_and_is_sent_later(server, driver):
    event = f"/d/{TRIP}/e/tbic"
    sign_in(driver, server, "member", event)
    # The server answers every post 503 (a proxy in front of it failing): stood in for in the page.
    driver.execute_script(
        "window.realFetch = window.fetch;"
        "window.fetch = (url, init) => init && init.method === 'POST' ? Promise.resolve(new Response('', {status: 503})) : window.realFetch(url, init);")
    note = "伺服器暫時出錯時寫下的筆記"
    driver.find_element(By.ID, "note-text").send_keys(note)
    driver.find_element(By.CSS_SELECTOR, "form.note-form button").click()
    WebDriverWait(driver, 5).until(count_outbox(1))
    # Tried again (the online event) while the server still fails: still waiting, not refused.
    driver.execute_script("window.dispatchEvent(new Event('online'))")
    time.sleep(1)
    item = driver.find_element(By.CSS_SELECTOR, "#outbox .outbox-item")
    assert "refused" not in item.get_attribute("class") and "待傳送" in item.text
    driver.execute_script("window.fetch = window.realFetch; window.dispatchEvent(new Event('online'))")
    WebDriverWait(driver, 10).until(count_outbox(0))
    driver.refresh()
    assert note in driver.find_element(By.TAG_NAME, "body").text

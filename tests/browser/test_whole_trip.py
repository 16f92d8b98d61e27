"""The whole trip in Chromium at 390×844 (issue 11, Done when): from an empty database with sign-in
required, an organiser signs in and plans a 3-day, 3-member trip to Seoul with the forms and the
place search only (the header, two more members, the contact person, an overnight flight out and
the flight back, a stay, events on each day with a split day, a follow-up with its owner and due
date); signs out; a member signs in on the split day and sees their own meeting on Today, not the
other group's; logs a note and a photo with the network off, sees them wait as 待傳送 and arrive
when it is back; and marks the follow-up done on the board. Every page is saved as a screenshot of
the whole page (TRIPWRIGHT_SCREENSHOTS keeps them).

The server's clock is pinned to the split day during the meetings (`serve --now`, which runs on
from there). It lies in the past, as in test_web.py: a sign-in code `tripwright user add` prints
lasts 7 days from the real clock, so a clock pinned ahead of it would find every code expired. The
phone's clock is set to the server's (a page script that shifts `Date`, and the zone of Seoul), as a
phone on the trip would have it: what waits offline is sent with the time the phone logged it,
which the server refuses when it is before the trip or after its own clock.
Builds nothing: run after `swift build`; TRIPWRIGHT_BIN names the binary.
"""
import base64
import shutil
import sqlite3
import tempfile
import time
from datetime import datetime
from pathlib import Path

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait
from stale import gone

from serving import Server
from test_web import BIN, code_of, downloads, driver, jpeg_with_exif, shots, tw  # noqa: F401 (fixtures)

TRIP = "seoul-2026"
NOW = "2026-05-19T10:30:00+09:00"
ORGANISER = "企劃科承辦人"
# Member A (陳美玲) is at the call on the split day, member B (王大同) at the visit at the same hour.
A_EVENT = "拜會首爾特別市交通室"
B_EVENT = "參訪首爾數位產業振興院"
TASK = "寄送感謝函並提供本市智慧交通簡報"
NOTE = "交通室說明公車專用道與即時到站資訊整合經驗，同意提供營運資料格式供本市參考。"
CAPTION = "與交通室主管合影"


@pytest.fixture(scope="module")
def server():
    folder = Path(tempfile.mkdtemp(prefix="tripwright-whole-"))
    db = folder / "whole.sqlite"
    tw("init", db=db)
    # Accounts only: the delegation is planned in the browser. Each `user add` prints a new code.
    roles = {"organiser": (ORGANISER, "organiser"), "member": ("陳美玲", "member")}
    codes = lambda who: code_of(tw("user", "add", roles[who][0], "--role", roles[who][1], db=db))
    served = Server(BIN, db, folder, "--auth", "--now", NOW)
    started = time.time()
    served.start()
    # The server's clock runs on from NOW, from about when it started.
    shift_ms = int((datetime.fromisoformat(NOW).timestamp() - started) * 1000)
    yield {"base": served.base, "codes": codes, "folder": folder, "db": db, "shift_ms": shift_ms}
    served.stop()
    shutil.rmtree(folder, ignore_errors=True)


PHONE_CLOCK = """
(() => {
  const Real = Date, shift = %d;
  class PhoneDate extends Real {
    constructor(...args) { if (args.length === 0) super(Real.now() + shift); else super(...args); }
    static now() { return Real.now() + shift; }
  }
  globalThis.Date = PhoneDate;
})();
"""


def phone_on_the_trip(driver, server):
    """The phone's clock and zone as on the trip: Seoul, the server's pinned time."""
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PHONE_CLOCK % server["shift_ms"]})
    driver.execute_cdp_cmd("Emulation.setTimezoneOverride", {"timezoneId": "Asia/Seoul"})


def shot(driver, shots, name):
    """The whole page, 390 px wide, as PNG (a phone's viewport shows only its top)."""
    driver.execute_script("window.scrollTo(0, 0)")
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": 390, "height": max(height, 844), "scale": 1}})
    (shots / name).write_bytes(base64.b64decode(data["data"]))


def body(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def loaded(driver):
    WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: d.execute_script("return document.readyState") == "complete")


def follow(driver, selector):
    """Taps a link and waits for the page it opens."""
    link = driver.find_element(By.CSS_SELECTOR, selector)
    link.click()
    WebDriverWait(driver, 10).until(gone(link))
    loaded(driver)


def submit(driver, form, button=None):
    """Taps the form's submit button and waits for the page the post brings back."""
    (button or form.find_element(By.CSS_SELECTOR, "button[type=submit]")).click()
    WebDriverWait(driver, 20).until(gone(form))
    loaded(driver)


def fill(driver, form, values):
    """Types into text fields, picks from selects by the words shown; date fields get their ISO
    value as the browser's date picker gives it."""
    for name, value in values.items():
        field = form.find_element(By.NAME, name)
        if field.tag_name == "select":
            Select(field).select_by_visible_text(value)
        elif field.get_attribute("type") == "date":
            driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))", field, value)
        else:
            field.clear()
            field.send_keys(value)


def pick_place(driver, field_id, typed, wanted, zone):
    """Types into a place field, waits for the search to offer `wanted` among the suggestions
    (with its country and zone), and picks it as a tap on the suggestion does: the field takes
    the option's value and fires input and change. (Headless Chromium draws no datalist popup,
    so the tap itself cannot be sent.) The line under the field then names the zone."""
    field = driver.find_element(By.ID, field_id)
    field.clear()
    field.send_keys(typed)
    list_id = field.get_attribute("list")

    def offered(d):
        for option in d.find_elements(By.CSS_SELECTOR, f"#{list_id} option"):
            if option.get_attribute("value") == wanted:
                return option
        return False
    option = WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(offered)
    assert option.get_attribute("label").count(" · ") == 2, option.get_attribute("label")  # name · country · zone
    driver.execute_script(
        "const f = arguments[0]; f.value = arguments[1].value;"
        "f.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertReplacementText'}));"
        "f.dispatchEvent(new Event('change', {bubbles: true}));", field, option)
    WebDriverWait(driver, 10).until(lambda d: zone in d.find_element(By.ID, field_id + "-hint").text)


def add_item(driver, server, kind, values, places=(), participants=(), name=None, shots=None):
    """Opens the overview's button for `kind`, fills the form and saves it; the schedule follows."""
    driver.get(f"{server['base']}/d/{TRIP}")
    follow(driver, f"a.button[href='/d/{TRIP}/add/{kind}']")
    form = driver.find_element(By.CSS_SELECTOR, f"form[action='/d/{TRIP}/add/{kind}']")
    fill(driver, form, values)
    for field_id, typed, wanted, zone in places:
        pick_place(driver, field_id, typed, wanted, zone)
    for member in participants:
        form.find_element(By.XPATH, f".//label[contains(@class,'check')][normalize-space(.)='{member}']/input").click()
    if name:
        shot(driver, shots, name)
    submit(driver, form)
    assert f"/d/{TRIP}/schedule" in driver.current_url, body(driver)


def sign_in(driver, server, who):
    """Signs in through the sign-in page with a fresh one-time code."""
    driver.get(server["base"] + "/")
    WebDriverWait(driver, 10).until(lambda d: "/signin" in d.current_url)
    driver.find_element(By.ID, "code").send_keys(server["codes"](who))
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/signin']"))
    assert "/signin" not in driver.current_url, body(driver)


def network(driver, online):
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                           {"offline": not online, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return navigator.onLine") is online)


def waiting(n):
    return lambda d: len(d.find_elements(By.CSS_SELECTOR, "#outbox .outbox-item")) == n


def test_the_whole_trip_planned_logged_offline_and_followed_up_in_the_browser(server, driver, shots):
    base = server["base"]
    driver.delete_all_cookies()
    phone_on_the_trip(driver, server)

    # The organiser signs in to an empty database and starts the delegation.
    driver.get(base + "/")
    WebDriverWait(driver, 10).until(lambda d: "/signin" in d.current_url)
    shot(driver, shots, "whole-01-signin.png")
    sign_in(driver, server, "organiser")
    shot(driver, shots, "whole-02-empty-list.png")
    follow(driver, "a[href='/plan/new']")
    form = driver.find_element(By.CSS_SELECTOR, "form[action='/plan/new']")
    fill(driver, form, {
        "title": "赴韓國首爾考察智慧交通出國報告", "category": "考察", "agency": "臺北市政府交通局",
        "start": "2026-05-18", "end": "2026-05-20",
        "purpose": "考察首爾市公車專用道、即時到站資訊與交通數據平臺，作為本市智慧交通政策之參考。",
        "status": "已核定", "report_date": "2026-08-10", "id": TRIP,
        "leader_name": "林志明", "leader_title": "科長", "leader_unit": "交通管制科", "leader_id": "lin"})
    pick_place(driver, "home", "臺北", "臺北市", "Asia/Taipei")
    shot(driver, shots, "whole-03-new-delegation.png")
    submit(driver, form)
    assert driver.current_url.endswith(f"/d/{TRIP}"), body(driver)

    # Two more members, each in the members form's empty row at its end.
    for member_id, name, title in [("chen", "陳美玲", "專員"), ("wang", "王大同", "股長")]:
        driver.get(f"{base}/d/{TRIP}")
        follow(driver, f"a[href='/d/{TRIP}/members/edit']")
        form = driver.find_element(By.CSS_SELECTOR, f"form[action='/d/{TRIP}/members/edit']")
        last = form.find_elements(By.CSS_SELECTOR, "fieldset.card")[-1]
        fill(driver, last, {"id": member_id, "name": name, "title": title, "unit": "交通管制科"})
        if member_id == "wang":
            shot(driver, shots, "whole-04-members.png")
        submit(driver, form)
        assert driver.current_url.endswith(f"/d/{TRIP}"), body(driver)

    # The contact person is a member chosen in the delegation's form.
    follow(driver, f"a[href='/d/{TRIP}/edit']")
    form = driver.find_element(By.CSS_SELECTOR, f"form[action='/d/{TRIP}/edit']")
    fill(driver, form, {"contact": "陳美玲"})
    shot(driver, shots, "whole-05-edit-delegation.png")
    submit(driver, form)
    assert driver.current_url.endswith(f"/d/{TRIP}"), body(driver)

    # Legs: out overnight (leaves Taipei 23:55, lands in Seoul at 03:20 the next day) and back.
    add_item(driver, server, "leg", {"mode": "飛機", "number": "BR170", "carrier": "長榮航空",
                                     "depart": "2026-05-18 23:55", "arrive": "2026-05-19 03:20"},
             places=[("f-from", "TPE", "TPE", "Asia/Taipei"), ("f-to", "ICN", "ICN", "Asia/Seoul")], name="whole-06-add-leg.png", shots=shots)
    add_item(driver, server, "leg", {"mode": "飛機", "number": "BR169", "carrier": "長榮航空",
                                     "depart": "2026-05-20 15:30", "arrive": "2026-05-20 17:10"},
             places=[("f-from", "ICN", "ICN", "Asia/Seoul"), ("f-to", "TPE", "TPE", "Asia/Taipei")])
    add_item(driver, server, "stay", {"check_in": "2026-05-19", "check_out": "2026-05-20"},
             places=[("f-place", "首爾", "首爾", "Asia/Seoul")], name="whole-07-add-stay.png", shots=shots)

    # Events on each of the three days; the second day splits at 10:00.
    add_item(driver, server, "event", {"title": "行前會議", "kind": "會議", "date": "2026-05-18", "start": "14:00", "end": "15:00",
                                       "host": "臺北市政府交通局"},
             places=[("f-place", "臺北", "臺北市", "Asia/Taipei")])
    add_item(driver, server, "event", {"title": A_EVENT, "kind": "拜會", "date": "2026-05-19", "start": "10:00", "end": "11:30",
                                       "host": "首爾特別市交通室"},
             places=[("f-place", "首爾", "首爾", "Asia/Seoul")], participants=["林志明", "陳美玲"],
             name="whole-08-add-event.png", shots=shots)
    add_item(driver, server, "event", {"title": B_EVENT, "kind": "參訪", "date": "2026-05-19", "start": "10:00", "end": "11:30",
                                       "host": "首爾數位產業振興院"},
             places=[("f-place", "首爾", "首爾", "Asia/Seoul")], participants=["王大同"])
    add_item(driver, server, "event", {"title": "智慧交通座談", "kind": "會議", "date": "2026-05-20", "start": "09:00", "end": "10:30"},
             places=[("f-place", "首爾", "首爾", "Asia/Seoul")])

    # The schedule: the overnight flight listed again on the day it lands, both groups at 10:00.
    schedule = body(driver)
    assert "BR170" in schedule and "抵達" in schedule and A_EVENT in schedule and B_EVENT in schedule, schedule
    shot(driver, shots, "whole-09-schedule.png")

    # A follow-up of member A's meeting, owned by A, with its due date, from the event's page.
    link = driver.find_element(By.LINK_TEXT, A_EVENT)
    link.click()
    WebDriverWait(driver, 10).until(gone(link))
    loaded(driver)
    form = driver.find_element(By.CSS_SELECTOR, "form[action$='/followups']")
    driver.execute_script("arguments[0].open = true", form.find_element(By.XPATH, "ancestor::details"))
    fill(driver, form, {"task": TASK, "owner": "陳美玲", "due": "2026-05-28"})
    shot(driver, shots, "whole-10-event-follow-up.png")
    submit(driver, form)
    assert TASK in body(driver)
    event_path = driver.execute_script("return location.pathname")
    assert event_path.startswith(f"/d/{TRIP}/e/"), event_path

    driver.get(f"{base}/d/{TRIP}")
    overview = body(driver)
    assert "林志明" in overview and "陳美玲" in overview and "王大同" in overview and "韓國" in overview, overview
    # What the forms set is seen: the contact person, the report date, the purpose.
    cover = driver.find_element(By.CSS_SELECTOR, "dl.cover").text
    assert "聯絡人\n陳美玲" in cover and "報告日期\n115 年 8 月 10 日" in cover, cover
    assert "考察首爾市公車專用道" in driver.find_element(By.CSS_SELECTOR, "p.purpose").text
    shot(driver, shots, "whole-11-overview.png")

    # Signed out; member A signs in on the split day at 10:30 in Seoul.
    sign_out = driver.find_element(By.CSS_SELECTOR, "form[action='/signout']")
    submit(driver, sign_out)
    WebDriverWait(driver, 10).until(lambda d: "/signin" in d.current_url)
    sign_in(driver, server, "member")
    follow(driver, "nav.global a[href='/today']")
    assert driver.current_url.endswith(f"/d/{TRIP}/today"), driver.current_url
    today = body(driver)
    assert driver.find_element(By.CSS_SELECTOR, ".current h2").text == A_EVENT
    assert "115 年 5 月 19 日" in today and B_EVENT not in today, today
    shot(driver, shots, "whole-12-member-today.png")

    # The network goes; the note and the photo wait on this phone.
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return !!navigator.serviceWorker.controller"))
    network(driver, online=False)
    driver.find_element(By.ID, "note-text").send_keys(NOTE)
    driver.find_element(By.CSS_SELECTOR, "form.note-form button").click()
    WebDriverWait(driver, 5).until(waiting(1))
    photo = server["folder"] / "bus-lane.jpg"
    photo.write_bytes(jpeg_with_exif(driver, "首爾交通室", "#2b6cb0", "2026:05:19 10:25:00"))
    driver.find_element(By.ID, "photo-files").send_keys(str(photo))
    driver.find_element(By.CSS_SELECTOR, "form.photo-form input[name=caption]").send_keys(CAPTION)
    driver.find_element(By.CSS_SELECTOR, "form.photo-form button").click()
    WebDriverWait(driver, 5).until(waiting(2))
    box = driver.find_element(By.ID, "outbox").text
    assert "待傳送（2）" in box and NOTE in box and f"1 張照片：{CAPTION}" in box and A_EVENT in box, box
    assert "115 年 5 月 19 日（二）10:" in box and "UTC+09:00" in box, box
    shot(driver, shots, "whole-13-offline-pending.png")

    # Back online: both are sent, with the time the phone logged them.
    network(driver, online=True)
    WebDriverWait(driver, 40).until(waiting(0))
    driver.get(base + event_path)
    WebDriverWait(driver, 10).until(lambda d: NOTE in body(d))
    assert CAPTION in driver.find_element(By.CSS_SELECTOR, ".photos").text
    assert "陳美玲 115 年 5 月 19 日 10:3" in driver.find_element(By.CSS_SELECTOR, "ul.notes").text
    assert "拍攝時間 115 年 5 月 19 日 10:25 KST" in driver.find_element(By.CSS_SELECTOR, ".photos").text

    def photo_shown(d):
        images = d.find_elements(By.CSS_SELECTOR, f".photos img[alt='{CAPTION}']")
        return images and d.execute_script("arguments[0].scrollIntoView(); return arguments[0].complete && arguments[0].naturalWidth", images[0]) > 0
    WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(photo_shown)
    shot(driver, shots, "whole-14-event-after-reconnect.png")
    with sqlite3.connect(server["db"]) as db:
        (taken,) = db.execute("select createdAt from note where text = ?", (NOTE,)).fetchone()
    assert taken.startswith("2026-05-19 01:"), taken  # 10:xx in Seoul, as the phone logged it

    # The follow-up marked done on the board.
    follow(driver, f"nav.tabs a[href='/d/{TRIP}/followups']")
    card = driver.find_element(By.XPATH, f"//li[contains(@class,'followup')][.//strong[contains(., '{TASK}')]]")
    assert "陳美玲" in card.text and "115 年 5 月 28 日" in card.text, card.text
    shot(driver, shots, "whole-15-board-open.png")
    done = card.find_element(By.XPATH, ".//button[normalize-space(.)='標記完成']")
    done.click()
    WebDriverWait(driver, 20).until(gone(done))
    loaded(driver)
    card = driver.find_element(By.XPATH, f"//li[contains(@class,'followup')][.//strong[contains(., '{TASK}')]]")
    assert "done" in card.get_attribute("class") and card.find_elements(By.XPATH, ".//button[normalize-space(.)='重新開啟']")
    shot(driver, shots, "whole-16-board-done.png")

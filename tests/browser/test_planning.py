"""Plans a delegation from an empty database in Chromium at 390x844, using only the forms and the
place search, then checks the exported plan file with `tripwright check`.

Three days, three members, one overnight flight (Taipei to Tokyo, landing the next morning) and
one split day (two groups at two meetings at 10:00). Builds nothing: run after `swift build`.
TRIPWRIGHT_BIN names the binary; TRIPWRIGHT_SCREENSHOTS keeps the screenshots in a folder.
"""
import os
import shutil
import subprocess
import tempfile
import urllib.request
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


@pytest.fixture(scope="module")
def server():
    folder = Path(tempfile.mkdtemp(prefix="tripwright-planning-"))
    db = folder / "plan.sqlite"
    init = subprocess.run([str(BIN), "init", "--db", str(db)], capture_output=True, text=True, timeout=60)
    assert init.returncode == 0, init.stderr
    # Loopback without --auth: the local user is an administrator, as for a planner at their desk.
    served = Server(BIN, db, folder).start()
    yield {"base": served.base, "folder": folder, "db": db}
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
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844", "--lang=zh-TW"]:
        options.add_argument(arg)
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    d = webdriver.Chrome(options=options, service=service)
    d.set_window_size(390, 844)
    yield d
    d.quit()


def set_value(driver, element, value):
    """Types into text fields; date fields get their ISO value as a browser's picker would."""
    if element.get_attribute("type") == "date":
        driver.execute_script("arguments[0].value = arguments[1];", element, value)
    else:
        element.clear()
        element.send_keys(value)


def pick_place(driver, field_id, typed, wanted_value, zone):
    """Types into a place field, waits for the search's datalist to offer `wanted_value`, picks it,
    and checks the line under the field names the place's zone."""
    field = driver.find_element(By.ID, field_id)
    field.clear()
    field.send_keys(typed)
    list_id = field.get_attribute("list")
    WebDriverWait(driver, 10).until(lambda d: wanted_value in [
        o.get_attribute("value") for o in d.find_elements(By.CSS_SELECTOR, f"#{list_id} option")])
    driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", field, wanted_value)
    WebDriverWait(driver, 10).until(lambda d: zone in d.find_element(By.ID, field_id + "-hint").text)


def submit(driver, form_selector, shots=None, name=None):
    form = driver.find_element(By.CSS_SELECTOR, form_selector)
    if shots is not None:
        driver.save_screenshot(str(shots / name))
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    # The page is replaced after the post: wait for the old form to go, then for the new page.
    WebDriverWait(driver, 10).until(gone(form))
    WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: d.execute_script("return document.readyState") == "complete")


def add_item(driver, server, trip, kind, values, places=(), participants=None, shot=None, shots=None):
    driver.get(f"{server['base']}/d/{trip}/add/{kind}")
    for name, value in values.items():
        element = driver.find_element(By.NAME, name)
        if element.tag_name == "select":
            driver.execute_script("arguments[0].value = arguments[1];", element, value)
        else:
            set_value(driver, element, value)
    for field_id, typed, wanted, zone in places:
        pick_place(driver, field_id, typed, wanted, zone)
    for member in participants or []:
        driver.find_element(By.CSS_SELECTOR, f"input[name=participants][value={member}]").click()
    submit(driver, f"form[action='/d/{trip}/add/{kind}']", shots, shot)
    assert "/schedule" in driver.current_url, driver.find_element(By.TAG_NAME, "body").text


def test_plan_a_three_day_trip_from_an_empty_database_in_forms(server, driver, shots):
    base = server["base"]
    driver.get(base + "/")
    driver.find_element(By.CSS_SELECTOR, "a[href='/plan/new']").click()

    # The delegation and its leader; a wrong first day is refused with the field marked, in words.
    header = {"title": "赴日本東京考察智慧城市出國報告", "agency": "臺北市政府產業發展局",
              "start": "2027-03-10", "end": "2027-03-09", "leader_name": "林志明", "leader_title": "科長",
              "leader_unit": "產業發展科", "leader_id": "lin"}
    for name, value in header.items():
        set_value(driver, driver.find_element(By.NAME, name), value)
    pick_place(driver, "home", "臺北", "臺北市", "Asia/Taipei")
    submit(driver, "form[action='/plan/new']")
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "有欄位需要修正" in body and "返國日期" in body
    assert driver.find_element(By.NAME, "end").get_attribute("aria-invalid") == "true"
    assert driver.find_element(By.NAME, "title").get_attribute("value") == header["title"]
    driver.save_screenshot(str(shots / "plan-new-refused.png"))
    set_value(driver, driver.find_element(By.NAME, "end"), "2027-03-12")
    submit(driver, "form[action='/plan/new']")
    assert driver.current_url.endswith("/d/trip-2027-03-10"), driver.find_element(By.TAG_NAME, "body").text
    trip = "trip-2027-03-10"

    # Two more members in the members form (the empty row at its end).
    for member_id, name, title in [("chen", "陳美玲", "專員"), ("wang", "王大同", "股長")]:
        driver.get(f"{base}/d/{trip}/members/edit")
        last = driver.find_elements(By.CSS_SELECTOR, "fieldset.card")[-1]
        for field, value in [("id", member_id), ("name", name), ("title", title), ("unit", "產業發展科")]:
            set_value(driver, last.find_element(By.NAME, field), value)
        submit(driver, f"form[action='/d/{trip}/members/edit']")
        assert driver.current_url.endswith(f"/d/{trip}"), driver.find_element(By.TAG_NAME, "body").text

    # The overnight flight out, the flight back, the split day, the last morning, the hotel.
    add_item(driver, server, trip, "leg", {"mode": "flight", "number": "BR198", "carrier": "長榮航空",
                                           "depart": "2027-03-10 23:50", "arrive": "2027-03-11 04:05"},
             places=[("f-from", "TPE", "TPE", "Asia/Taipei"), ("f-to", "HND", "HND", "Asia/Tokyo")], shot="add-leg.png", shots=shots)
    add_item(driver, server, trip, "leg", {"mode": "flight", "number": "BR191", "carrier": "長榮航空",
                                           "depart": "2027-03-12 14:30", "arrive": "2027-03-12 17:20"},
             places=[("f-from", "HND", "HND", "Asia/Tokyo"), ("f-to", "TPE", "TPE", "Asia/Taipei")])
    add_item(driver, server, trip, "event", {"title": "拜會東京都產業勞動局", "kind": "call", "date": "2027-03-11",
                                             "start": "10:00", "end": "11:30", "host": "東京都產業勞動局"},
             places=[("f-place", "東京", "東京", "Asia/Tokyo")], participants=["lin", "chen"], shot="add-event.png", shots=shots)
    add_item(driver, server, trip, "event", {"title": "參訪東京創新中心", "kind": "visit", "date": "2027-03-11",
                                             "start": "10:00", "end": "11:30"},
             places=[("f-place", "東京", "東京", "Asia/Tokyo")], participants=["wang"])
    add_item(driver, server, trip, "event", {"title": "智慧城市座談", "kind": "meeting", "date": "2027-03-12",
                                             "start": "09:00", "end": "10:30"},
             places=[("f-place", "東京", "東京", "Asia/Tokyo")])
    add_item(driver, server, trip, "stay", {"check_in": "2027-03-11", "check_out": "2027-03-12", "booking": ""},
             places=[("f-place", "東京", "東京", "Asia/Tokyo")], shot="add-stay.png", shots=shots)

    # The pages as a phone shows them.
    for path, name in [(f"/d/{trip}", "overview.png"), (f"/d/{trip}/schedule", "schedule.png"),
                       (f"/d/{trip}/members/edit", "members.png"), ("/", "list.png")]:
        driver.get(base + path)
        driver.save_screenshot(str(shots / name))
    driver.get(f"{base}/d/{trip}")
    assert "日本" in driver.find_element(By.CSS_SELECTOR, "dl.cover").text
    driver.get(f"{base}/d/{trip}/schedule")
    schedule = driver.find_element(By.TAG_NAME, "body").text
    assert "抵達" in schedule and "出發日 3/10" in schedule
    assert "拜會東京都產業勞動局" in schedule and "參訪東京創新中心" in schedule

    # The plan file is the export of what was entered, and the checks find nothing to warn about.
    plan = urllib.request.urlopen(f"{base}/d/{trip}/plan.yaml", timeout=10).read()
    exported = server["folder"] / "exported.yaml"
    exported.write_bytes(plan)
    check = subprocess.run([str(BIN), "check", str(exported), "--strict"], capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr
    text = plan.decode()
    for fragment in ["participants: [lin, chen]", "participants: [wang]", "BR198", "from: TPE", "to: HND", "arrive: 2027-03-11 04:05"]:
        assert fragment in text, text

    # Edit the flight out in its form (each end's zone shown), then delete the hotel after its
    # confirmation page.
    driver.get(f"{base}/d/{trip}/schedule")
    driver.find_element(By.CSS_SELECTOR, f"a[href='/d/{trip}/edit/leg/leg-1']").click()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.NAME, "revision"))
    form = driver.find_element(By.CSS_SELECTOR, f"form[action='/d/{trip}/edit/leg/leg-1']")
    assert driver.find_element(By.NAME, "number").get_attribute("value") == "BR198"
    assert "Asia/Taipei" in form.text and "Asia/Tokyo" in form.text, form.text
    set_value(driver, driver.find_element(By.NAME, "number"), "BR192")
    set_value(driver, driver.find_element(By.NAME, "depart"), "2027-03-10 23:55")
    submit(driver, f"form[action='/d/{trip}/edit/leg/leg-1']", shots, "edit-leg.png")
    assert "/schedule" in driver.current_url, driver.find_element(By.TAG_NAME, "body").text
    assert "BR192" in driver.find_element(By.TAG_NAME, "body").text
    driver.find_element(By.CSS_SELECTOR, f"a[href='/d/{trip}/edit/stay/stay-1']").click()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, f"a[href='/d/{trip}/delete/stay/stay-1']"))
    driver.find_element(By.CSS_SELECTOR, f"a[href='/d/{trip}/delete/stay/stay-1']").click()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, f"form[action='/d/{trip}/delete/stay/stay-1']"))
    assert "確定刪除" in driver.find_element(By.TAG_NAME, "body").text
    submit(driver, f"form[action='/d/{trip}/delete/stay/stay-1']", shots, "delete-stay.png")
    assert "/schedule" in driver.current_url, driver.find_element(By.TAG_NAME, "body").text
    assert not driver.find_elements(By.CSS_SELECTOR, f"a[href='/d/{trip}/edit/stay/stay-1']")
    text = urllib.request.urlopen(f"{base}/d/{trip}/plan.yaml", timeout=10).read().decode()
    assert "BR192" in text and "depart: 2027-03-10 23:55" in text and "stays:" not in text, text

    # The header after the fact: the agency changed in its form, seen on the overview.
    driver.get(f"{base}/d/{trip}")
    driver.find_element(By.CSS_SELECTOR, f"a[href='/d/{trip}/edit']").click()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, f"form[action='/d/{trip}/edit']"))
    assert driver.find_element(By.NAME, "agency").get_attribute("value") == header["agency"]
    set_value(driver, driver.find_element(By.NAME, "agency"), "臺北市政府資訊局")
    submit(driver, f"form[action='/d/{trip}/edit']", shots, "edit-header.png")
    assert driver.current_url.endswith(f"/d/{trip}"), driver.find_element(By.TAG_NAME, "body").text
    assert "臺北市政府資訊局" in driver.find_element(By.TAG_NAME, "body").text

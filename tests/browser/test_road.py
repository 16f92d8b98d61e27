"""On the road in Chromium at 390×844 (issue 11): a member logs a follow-up owned by a member
(chosen from the delegation's members), finds it past due on the follow-ups board and marks it
done there with one tap.

Uses the server, driver and screenshot fixtures of test_web.py. Run after `swift build`.
"""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait
from stale import gone

from test_web import TRIP, driver, downloads, jpeg_with_exif, server, shots, sign_in  # noqa: F401 (fixtures)

TASK = "寄送感謝函給福岡市經濟觀光文化局"


def test_member_marks_a_past_due_follow_up_done_on_the_board(server, driver, shots):
    sign_in(driver, server, "member", f"/d/{TRIP}/e/fgn")
    driver.get(f"{server['base']}/d/{TRIP}/e/fgn")
    form = driver.find_element(By.CSS_SELECTOR, "form[action$='/followups']")
    driver.execute_script("arguments[0].closest('details').open = true", form)
    form.find_element(By.NAME, "task").send_keys(TASK)
    Select(form.find_element(By.NAME, "owner")).select_by_visible_text("洪青瑞")
    # The server's clock reads 2025-09-01: a task due on 8/31 is past due.
    driver.execute_script("arguments[0].value = '2025-08-31'", form.find_element(By.NAME, "due"))
    button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
    button.click()
    WebDriverWait(driver, 20).until(gone(button))

    driver.get(f"{server['base']}/d/{TRIP}/followups")
    card = driver.find_element(By.XPATH, f"//li[contains(@class,'followup')][.//strong[contains(., '{TASK}')]]")
    assert "overdue" in card.get_attribute("class")
    assert "洪青瑞" in card.text and "114 年 8 月 31 日" in card.text
    driver.save_screenshot(str(shots / "road-followups-open.png"))
    done = card.find_element(By.XPATH, ".//button[normalize-space(.)='標記完成']")
    assert done.rect["height"] >= 44 and done.rect["width"] >= 44
    done.click()
    WebDriverWait(driver, 20).until(gone(done))

    assert driver.current_url.endswith("/followups#fu-" + card_id(driver))
    card = driver.find_element(By.XPATH, f"//li[contains(@class,'followup')][.//strong[contains(., '{TASK}')]]")
    assert "done" in card.get_attribute("class") and "overdue" not in card.get_attribute("class")
    assert "完成" in card.text and card.find_elements(By.XPATH, ".//button[normalize-space(.)='重新開啟']")
    driver.save_screenshot(str(shots / "road-followups-done.png"))

    # The change is a correction in the delegation's history.
    driver.get(f"{server['base']}/d/{TRIP}/history")
    assert "後續追蹤事項" in driver.find_element(By.TAG_NAME, "body").text


def card_id(driver):
    return driver.find_element(By.CSS_SELECTOR, "li.followup").get_attribute("id").removeprefix("fu-")


# Every link, button, disclosure and field a thumb taps, measured as Chromium lays it out.
SMALL_TARGETS = """
const small = [];
for (const el of document.querySelectorAll('a[href], button, summary, select, input:not([type=hidden]), textarea, label.check')) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
  if (r.height < 44 || r.width < 44) small.push(`${el.tagName} «${(el.textContent || el.name || '').trim().slice(0, 20)}» ${Math.round(r.width)}×${Math.round(r.height)}`);
}
return small;"""


def test_touch_targets_on_today_event_schedule_and_board_are_at_least_44_px(server, driver, shots):
    sign_in(driver, server, "member", f"/d/{TRIP}/today")
    for name, path in [("today", "/today"), ("today-event", "/today?event=fgn"), ("event", "/e/fgn"), ("schedule", "/schedule"),
                       ("followups", "/followups")]:
        driver.get(f"{server['base']}/d/{TRIP}{path}")
        # The 修改 and 更正 panels open too: their controls are targets as well.
        driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
        assert driver.execute_script(SMALL_TARGETS) == [], name
        driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = false)")
        driver.save_screenshot(str(shots / f"road-targets-{name}.png"))


def test_a_photo_of_another_day_is_kept_with_a_warning_linking_that_days_event(server, driver, shots):
    sign_in(driver, server, "member", f"/d/{TRIP}/today?event=fgn")
    driver.get(f"{server['base']}/d/{TRIP}/today?event=fgn")
    photo = server["folder"] / "other-day.jpg"
    photo.write_bytes(jpeg_with_exif(driver, "熊本", "#2f855a", "2025:09:02 10:05:00"))
    driver.find_element(By.ID, "photo-files").send_keys(str(photo))
    button = driver.find_element(By.CSS_SELECTOR, "form.photo-form button")
    button.click()
    WebDriverWait(driver, 20).until(gone(button))
    notice = driver.find_element(By.CSS_SELECTOR, "p.notice.saved.warning")
    assert "114 年 9 月 2 日" in notice.text and "已照樣存下" in notice.text
    link = notice.find_element(By.TAG_NAME, "a")
    assert link.rect["height"] >= 44
    driver.save_screenshot(str(shots / "road-photo-warning.png"))
    link.click()
    WebDriverWait(driver, 20).until(lambda d: "/e/" in d.current_url)
    assert "114 年 9 月 2 日" in driver.find_element(By.CSS_SELECTOR, ".event .kicker").text

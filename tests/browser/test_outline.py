"""An organiser finishes the Kyushu report from a phone (390×844) and files the PDF: shapes the
outline, writes 摘要, fills a photo placeholder and corrects a misfiled note (issue 10's Done when).

Runs against `tripwright serve --auth` like test_web.py (same fixtures); needs LibreOffice for
the PDF and poppler's pdftotext to read it back.
"""
import re
import subprocess

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from stale import gone
from selenium.webdriver.support.ui import WebDriverWait

from test_corrections import PROMPT, fill_a_placeholder_and_correct_a_note, pdf_text
from test_web import TRIP, code_of, downloads, driver, server, shots, tw  # noqa: F401  (pytest fixtures)


# 4 sentences, 62 characters as the readiness check counts them (ideographs and CJK punctuation).
SUMMARY = "本團赴日本九州參訪新創基地與市場，了解地方產業政策。" + "與福岡市政府交流招商經驗。" + "見證木材利用協議簽署。" + "成果將納入本市施政參考。"
SUMMARY_COUNT = 62


def sign_in_organiser(driver, server, next_path):
    db = server["folder"] / "web.sqlite"
    code = code_of(tw("user", "add", "主辦人", "--role", "organiser", db=db))
    tw("user", "grant", "主辦人", TRIP, "--role", "organiser", db=db)
    driver.delete_all_cookies()
    driver.get(server["base"] + "/signin?next=" + next_path)
    driver.find_element(By.ID, "code").send_keys(code)
    driver.find_element(By.CSS_SELECTOR, "form[action='/signin'] button").click()
    WebDriverWait(driver, 10).until(lambda d: "/signin" not in d.current_url)


def press(driver, section, action):
    """Clicks a section's control and waits for the page that comes back."""
    button = driver.find_element(By.CSS_SELECTOR, f"li[id='s{section}'] form.controls button[value='{action}']")
    driver.execute_script("arguments[0].scrollIntoView()", button)
    button.click()
    # The old page's button goes stale once the page after the redirect replaces it.
    WebDriverWait(driver, 10).until(gone(button))
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")


def body(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def test_organiser_shapes_the_outline_writes_the_summary_corrects_the_log_and_the_pdf_shows_it(server, driver, shots, downloads):
    sign_in_organiser(driver, server, f"/d/{TRIP}/report")
    assert "還有哪些要完成" in body(driver)
    assert "【待填】×" in body(driver)
    driver.save_screenshot(str(shots / "phone-report-left.png"))
    driver.execute_script("document.querySelector('section.left + section').scrollIntoView()")
    driver.save_screenshot(str(shots / "phone-report-warnings.png"))

    driver.find_element(By.CSS_SELECTOR, f"a[href='/d/{TRIP}/outline/trip']").click()
    WebDriverWait(driver, 10).until(lambda d: "/outline/trip" in d.current_url)
    # The seed's outline: 1 柳橋, 2 FGN, 3 馬林展覽館, 4 台北駐福岡經濟文化分處、福岡台灣貿易投資中心 …
    press(driver, "1", "merge")
    assert "柳橋聯合市場、Fukuoka Growth Next 新創基地" in body(driver)
    press(driver, "2", "hide")
    field = driver.find_element(By.CSS_SELECTOR, "li[id='s3'] form.rename input[name=heading]")
    field.clear()
    field.send_keys("拜會台北駐福岡經濟文化分處")
    rename = driver.find_element(By.CSS_SELECTOR, "li[id='s3'] form.rename button")
    rename.click()
    WebDriverWait(driver, 10).until(gone(rename))
    WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: "拜會台北駐福岡經濟文化分處" in d.find_element(By.CSS_SELECTOR, "li[id='s3'] .section-heading").text)
    assert "不列入本文" in driver.find_element(By.CSS_SELECTOR, "li[id='s2']").text
    driver.save_screenshot(str(shots / "phone-outline.png"))
    driver.execute_script("document.querySelector(\"li[id='s3'] form.section-text\").scrollIntoView()")
    driver.save_screenshot(str(shots / "phone-outline-text.png"))
    # Nothing is wider than the phone's screen.
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 390

    driver.get(f"{server['base']}/d/{TRIP}/report")
    assert "三、拜會台北駐福岡經濟文化分處" in body(driver)
    # The preview is the HTML writer's page, styled (its own CSP lets its inline styles in).
    driver.get(f"{server['base']}/d/{TRIP}/preview/trip")
    assert "二、柳橋聯合市場、Fukuoka Growth Next 新創基地" in body(driver)
    family = driver.execute_script("return getComputedStyle(document.body).fontFamily")
    assert "Kai" in family or "標楷體" in family, family
    driver.save_screenshot(str(shots / "phone-preview.png"))
    # 摘要 on the report text page: the count follows the typing (app.js), the saved page says so
    # and counts the same number on the server.
    driver.get(f"{server['base']}/d/{TRIP}/report")
    driver.find_element(By.CSS_SELECTOR, f"a[href='/d/{TRIP}/report/text']").click()
    WebDriverWait(driver, 10).until(lambda d: "/report/text" in d.current_url)
    driver.save_screenshot(str(shots / "phone-prose-top.png"))
    summary = driver.find_element(By.ID, "text-summary")
    count = lambda d: d.find_element(By.CSS_SELECTOR, "#count-summary strong").text
    before = count(driver)
    assert int(before) > 0
    driver.execute_script("arguments[0].scrollIntoView()", summary)
    # Selected and deleted as a person does (Selenium's clear() sends no input event).
    summary.send_keys(Keys.CONTROL, "a")
    summary.send_keys(Keys.DELETE)
    WebDriverWait(driver, 10).until(lambda d: count(d) == "0")
    assert "warning" in driver.find_element(By.ID, "count-summary").get_attribute("class")
    summary.send_keys(SUMMARY)
    WebDriverWait(driver, 10).until(lambda d: count(d) == str(SUMMARY_COUNT))
    driver.save_screenshot(str(shots / "phone-prose-summary.png"))
    save = driver.find_element(By.CSS_SELECTOR, "section#summary form.prose button[type=submit]")
    save.click()
    WebDriverWait(driver, 10).until(gone(save))
    WebDriverWait(driver, 10).until(lambda d: "已儲存「摘要」" in body(d))
    assert count(driver) == str(SUMMARY_COUNT)
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 390
    driver.save_screenshot(str(shots / "phone-prose-saved.png"))

    # The log corrected by the organiser too: a placeholder filled, a misfiled note deleted and
    # its deletion undone, then deleted for good; one prompt fewer in the filed PDF.
    before = pdf_text(driver, server, downloads, "shaped.pdf")
    fill_a_placeholder_and_correct_a_note(driver, server, shots, "organiser")
    after = pdf_text(driver, server, downloads, "filed.pdf")
    assert "誤植" not in after
    assert after.count(PROMPT) == before.count(PROMPT) - 1, (before.count(PROMPT), after.count(PROMPT))
    plain = subprocess.run(["pdftotext", str(server["folder"] / "filed.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", "", plain)
    assert "二、柳橋聯合市場、FukuokaGrowthNext新創基地" in flat
    assert "三、拜會台北駐福岡經濟文化分處" in flat
    # Hidden from the body, still in the itinerary table.
    assert "、馬林展覽館福岡A館" not in flat
    assert "馬林展覽館福岡A館" in flat
    # The 摘要 typed on the phone, not the seed's.
    assert re.sub(r"\s+", "", SUMMARY) in flat


def test_a_save_over_prose_changed_meanwhile_shows_both_versions_and_keeps_what_was_typed(server, driver, shots):
    sign_in_organiser(driver, server, f"/d/{TRIP}/report/text")
    box = driver.find_element(By.ID, "text-suggestions")
    driver.execute_script("arguments[0].scrollIntoView()", box)
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.DELETE)
    box.send_keys("手機上寫的建議。")
    # Someone else saves 建議 meanwhile (here: the command line on the same database).
    tw("report-text", TRIP, "--field", "suggestions", "--text", "命令列先存的建議。", db=server["folder"] / "web.sqlite")
    save = driver.find_element(By.CSS_SELECTOR, "section#suggestions form.prose button[type=submit]")
    save.click()
    WebDriverWait(driver, 10).until(gone(save))
    WebDriverWait(driver, 10).until(lambda d: "已被他人修改" in body(d))
    card = driver.find_element(By.CSS_SELECTOR, "section#suggestions")
    assert "命令列先存的建議。" in card.find_element(By.CSS_SELECTOR, ".conflict").text
    assert driver.find_element(By.ID, "text-suggestions").get_attribute("value") == "手機上寫的建議。"
    driver.execute_script("arguments[0].scrollIntoView()", card)
    driver.save_screenshot(str(shots / "phone-prose-conflict.png"))
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 390
    # Saving again with both in view replaces theirs.
    save = driver.find_element(By.CSS_SELECTOR, "section#suggestions form.prose button[type=submit]")
    save.click()
    WebDriverWait(driver, 10).until(gone(save))
    WebDriverWait(driver, 10).until(lambda d: "已儲存「建議」" in body(d))
    shown = tw("report-text", TRIP, "--field", "suggestions", "--show", db=server["folder"] / "web.sqlite")
    assert "手機上寫的建議。" in shown

"""Corrections of the log in Chromium at 390×844 (issue 10): a member fills a photo placeholder
with an upload, deletes a misfiled note and undoes it (then deletes it for good), and downloads a
PDF whose text (pdftotext) no longer has the note nor the 【待填】 prompt of the filled photo.

Uses the server, driver and screenshot fixtures of test_web.py. Run after `swift build`.
"""
import subprocess

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from stale import gone
from selenium.webdriver.support.ui import WebDriverWait

from test_web import TRIP, downloads, driver, jpeg_with_exif, server, shots, sign_in  # noqa: F401 (fixtures)

PROMPT = "【待填】"
MISFILED = "誤植：這則筆記是福岡貿易投資中心的，不是柳橋市場的。"


def body_text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def pdf_text(driver, server, downloads, name):
    """Downloads the trip report's PDF from the report page, keeps it in the server's folder under
    `name` and returns its text (pdftotext -layout)."""
    for old in downloads.glob("*.pdf"):
        old.unlink()
    driver.get(f"{server['base']}/d/{TRIP}/report")
    driver.find_element(By.CSS_SELECTOR, f"a[href='/d/{TRIP}/report/trip/pdf']").click()
    WebDriverWait(driver, 240).until(lambda d: any(p.suffix == ".pdf" for p in downloads.iterdir()))
    pdf = next(p for p in downloads.iterdir() if p.suffix == ".pdf")
    kept = server["folder"] / name
    pdf.rename(kept)
    return subprocess.run(["pdftotext", "-layout", str(kept), "-"], capture_output=True, text=True, check=True).stdout


def click_and_wait(driver, element):
    element.click()
    WebDriverWait(driver, 20).until(gone(element))


def fill_a_placeholder_and_correct_a_note(driver, server, shots, prefix):
    """On 柳橋's event page: fills the first photo placeholder with an upload, logs a misfiled note,
    deletes it, undoes the deletion, then deletes it for good and sees both in the history."""
    driver.get(f"{server['base']}/d/{TRIP}/e/yanagibashi")
    figure = driver.find_element(By.CSS_SELECTOR, ".photos figure:has(.nofile)")
    caption = figure.find_element(By.TAG_NAME, "figcaption").text.split(" ")[0]
    photo = server["folder"] / f"{prefix}-fill.jpg"
    photo.write_bytes(jpeg_with_exif(driver, "柳橋 理事長", "#276749", "2025:09:01 09:40:00"))
    figure.find_element(By.CSS_SELECTOR, "form.fill-form input[type=file]").send_keys(str(photo))
    click_and_wait(driver, figure.find_element(By.CSS_SELECTOR, "form.fill-form button"))
    filled = driver.find_element(By.XPATH, f"//figure[figcaption[starts-with(normalize-space(.), '{caption}')]]")
    assert filled.find_elements(By.TAG_NAME, "img"), "the placeholder shows its photo"
    driver.execute_script("arguments[0].scrollIntoView()", filled)
    driver.save_screenshot(str(shots / f"{prefix}-filled.png"))

    # Log a misfiled note, delete it, undo the deletion.
    driver.find_element(By.ID, "note-text").send_keys(MISFILED)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form.note-form button"))
    note = driver.find_element(By.XPATH, "//li[contains(@class,'note')][.//div[@class='text'][contains(., '誤植')]]")
    note.find_element(By.CSS_SELECTOR, "details.fix summary").click()
    driver.save_screenshot(str(shots / f"{prefix}-fix-open.png"))
    click_and_wait(driver, note.find_element(By.CSS_SELECTOR, "details.fix form[action$='/delete'] button"))
    assert MISFILED not in driver.find_element(By.CSS_SELECTOR, "ul.notes").text
    recent = driver.find_element(By.ID, "recent")
    assert "刪除 筆記" in recent.text
    driver.execute_script("arguments[0].scrollIntoView()", recent)
    driver.save_screenshot(str(shots / f"{prefix}-deleted.png"))
    click_and_wait(driver, recent.find_element(By.CSS_SELECTOR, "form[action*='/undo'] button"))
    WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: MISFILED in d.find_element(By.CSS_SELECTOR, "ul.notes").text)
    driver.save_screenshot(str(shots / f"{prefix}-undone.png"))

    # It was misfiled after all: delete it again, for good.
    note = driver.find_element(By.XPATH, "//li[contains(@class,'note')][.//div[@class='text'][contains(., '誤植')]]")
    note.find_element(By.CSS_SELECTOR, "details.fix summary").click()
    click_and_wait(driver, note.find_element(By.CSS_SELECTOR, "details.fix form[action$='/delete'] button"))
    driver.get(f"{server['base']}/d/{TRIP}/history")
    history = body_text(driver)
    assert "刪除 筆記" in history and "復原" in history
    driver.save_screenshot(str(shots / f"{prefix}-history.png"))


def test_member_fills_a_placeholder_deletes_a_misfiled_note_undoes_and_files_a_clean_pdf(server, driver, shots, downloads):
    sign_in(driver, server, "member", f"/d/{TRIP}/e/yanagibashi")
    before = pdf_text(driver, server, downloads, "before.pdf")
    fill_a_placeholder_and_correct_a_note(driver, server, shots, "corrections")
    after = pdf_text(driver, server, downloads, "after.pdf")
    assert "誤植" not in after
    assert after.count(PROMPT) == before.count(PROMPT) - 1, (before.count(PROMPT), after.count(PROMPT))

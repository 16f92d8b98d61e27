"""Phones get downscaled photos (issue 11), in Chromium at 390×844: a member uploads a large
photo on an event; the page shows a copy of at most 640 px linked to one of at most 1600 px, and
a 原始檔 link (a thumb-sized target) that sends the exact file as a download.

Uses the server, driver and screenshot fixtures of test_web.py. Run after `swift build`.
"""
import base64

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from stale import gone

from test_road import SMALL_TARGETS
from test_web import TRIP, driver, downloads, server, shots, sign_in  # noqa: F401 (fixtures)


def large_jpeg(driver):
    """A 4000×3000 JPEG drawn by Chromium's canvas, with grain so it is camera-sized."""
    data_url = driver.execute_script(
        "const c=document.createElement('canvas');c.width=4000;c.height=3000;const g=c.getContext('2d');"
        "const img=g.createImageData(4000,3000);const d=img.data;let s=7;"
        "for(let i=0;i<d.length;i+=4){s=(s*1103515245+12345)&0x7fffffff;const n=s>>23;"
        "d[i]=(i/16000)%255^n;d[i+1]=n;d[i+2]=(i>>14)&255;d[i+3]=255;}"
        "g.putImageData(img,0,0);return c.toDataURL('image/jpeg',0.95);")
    return base64.b64decode(data_url.split(",", 1)[1])


FETCH = """
const done = arguments[arguments.length - 1];
fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
  const blob = await r.blob();
  const bitmap = await createImageBitmap(blob);
  done({status: r.status, bytes: blob.size, width: bitmap.width, height: bitmap.height,
        type: r.headers.get('Content-Type'), disposition: r.headers.get('Content-Disposition')});
}).catch(e => done({error: String(e)}));"""


def test_a_large_photo_reaches_the_phone_downscaled_with_its_original_a_tap_away(server, driver, shots):
    sign_in(driver, server, "member", f"/d/{TRIP}/e/fgn")
    driver.get(f"{server['base']}/d/{TRIP}/e/fgn")
    photo = server["folder"] / "large.jpg"
    original = large_jpeg(driver)
    photo.write_bytes(original)
    assert len(original) > 2_000_000
    form = driver.find_element(By.CSS_SELECTOR, "form.photo-form")
    form.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(photo))
    button = form.find_element(By.CSS_SELECTOR, "button")
    button.click()
    WebDriverWait(driver, 60).until(gone(button))

    driver.get(f"{server['base']}/d/{TRIP}/e/fgn")
    img = driver.find_element(By.CSS_SELECTOR, ".photos figure img[src*='size=thumb']")
    # The grid's images load lazily: bring the photo on screen.
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", img)
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", img))
    assert driver.execute_script("return [arguments[0].naturalWidth, arguments[0].naturalHeight]", img) == [640, 480]
    figure = img.find_element(By.XPATH, "./ancestor::figure")
    view = img.find_element(By.XPATH, "./parent::a").get_attribute("href")
    link = figure.find_element(By.XPATH, ".//a[normalize-space(.)='原始檔']")
    assert link.rect["height"] >= 44 and link.rect["width"] >= 44
    driver.save_screenshot(str(shots / "phone-photo-thumbnail.png"))

    shown = driver.execute_async_script(FETCH, view)
    assert shown["status"] == 200 and shown["type"] == "image/jpeg" and [shown["width"], shown["height"]] == [1600, 1200]
    assert shown["bytes"] * 2 < len(original) and shown["disposition"] is None
    kept = driver.execute_async_script(FETCH, link.get_attribute("href"))
    assert kept["status"] == 200 and kept["bytes"] == len(original) and [kept["width"], kept["height"]] == [4000, 3000]
    assert kept["disposition"].startswith("attachment;")

    # Every target on the page stays thumb-sized with the photo's links.
    driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert driver.execute_script(SMALL_TARGETS) == []

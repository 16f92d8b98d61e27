"""Waiting for a page a form or button brings back.

Selenium's `staleness_of` knows only StaleElementReferenceException; Chromium sometimes answers a
question about an element of the page just left with "Node with given id does not belong to the
document" instead, which made the tests pass or fail by timing. `gone` takes both as "the old page
is gone".
"""

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException


def gone(element):
    """A WebDriverWait condition: true once `element` no longer belongs to the current page."""

    def check(_driver):
        try:
            element.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise

    return check

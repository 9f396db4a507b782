"""The frame holds its shape at the widths people use: the header is one row
on a 1280 px screen (and folds behind Menu at 1024 px and on a phone), and
on a 375 px phone every filter of every listing lies within the screen."""

import pytest

from tests.browser.screenshots import PAGES
from tests.browser.support import log_in

LISTINGS = [
    "/resources/?network=safe-sleep",
    "/case-studies/?network=safe-sleep",
    "/webinars/?network=safe-sleep",
    "/toolkit/change-ideas/?evidence=promising&setting=hospital",
    "/search/?q=safe+sleep",
]

# The header's parts, each of which must sit on the one row.
ROW_PARTS = ".brand, .site-nav__list li, .site-search, .account-nav > *"


def _rows(page) -> list[dict]:
    return page.eval_on_selector_all(
        ROW_PARTS,
        """parts => parts.filter(p => p.offsetParent !== null).map(p => {
            const box = p.getBoundingClientRect();
            return {text: p.textContent.trim().slice(0, 20), top: box.top, bottom: box.bottom,
                    right: box.right};
        })""",
    )


@pytest.mark.parametrize("username", [None, "ohio.lead", "admin"])
def test_the_header_is_one_row_at_1280_px(browser, site_url, username):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    if username:
        log_in(page, site_url, username)
    page.goto(site_url + "/")
    parts = _rows(page)
    assert len(parts) >= 10, parts
    # One row: every part overlaps every other vertically.
    assert max(p["top"] for p in parts) < min(p["bottom"] for p in parts), parts
    assert max(p["right"] for p in parts) <= 1280, parts
    assert page.locator(".nav-toggle").is_hidden()
    context.close()


@pytest.mark.parametrize("width", [1024, 375])
def test_narrower_screens_fold_the_sections_behind_menu(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    log_in(page, site_url, "ohio.lead")
    page.goto(site_url + "/")
    toggle = page.locator(".nav-toggle")
    assert toggle.is_visible() and page.locator(".site-nav").is_hidden()
    header = page.locator(".site-header").bounding_box()
    assert header and header["height"] < 80
    toggle.click()
    links = page.locator(".site-nav__list a")
    assert links.first.is_visible()
    boxes = [links.nth(i).bounding_box() for i in range(links.count())]
    assert all(box and box["x"] >= 0 and box["x"] + box["width"] <= width for box in boxes)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


@pytest.mark.parametrize("path", LISTINGS)
def test_every_filter_lies_within_a_phone_screen(browser, site_url, path):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(site_url + path)
    controls = page.locator(".filters select, .filters button, .filters a")
    assert controls.count() >= 2, path
    for index in range(controls.count()):
        control = controls.nth(index)
        control.focus()  # as when it is opened
        box = control.bounding_box()
        assert box, path
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375, (path, index, box)
    # Each menu is wide enough to show the choice it holds, not "Safe Slee".
    cut = page.eval_on_selector_all(
        ".filters select",
        """menus => {
            const pen = document.createElement("canvas").getContext("2d");
            return menus.filter(menu => {
                const style = getComputedStyle(menu);
                pen.font = style.font;
                const shown = menu.options[menu.selectedIndex].text;
                const room = menu.clientWidth - parseFloat(style.paddingLeft) - 24;
                return pen.measureText(shown).width > room;
            }).map(menu => menu.options[menu.selectedIndex].text);
        }""",
    )
    assert cut == [], path
    assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
    context.close()


@pytest.mark.parametrize("name,path,username", PAGES, ids=[name for name, _, _ in PAGES])
def test_no_page_is_wider_than_a_phone(browser, site_url, name, path, username):
    """Every page of the screenshots, at 375 px: nothing pushes the page
    sideways (a wide table scrolls inside its own region)."""
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    if username:
        log_in(page, site_url, username)
    page.goto(site_url + path)
    wider = page.evaluate(
        """() => [...document.querySelectorAll("body *")]
            .filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)
            .filter(e => ![...e.children].some(
                c => c.getBoundingClientRect().right > innerWidth + 0.5))
            .slice(0, 3)
            .map(e => Math.round(e.getBoundingClientRect().right) + " "
                + e.outerHTML.slice(0, 160))"""
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 375, (path, wider)
    context.close()

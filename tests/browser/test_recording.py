"""The recording player: a transcript line seeks wherever it is clicked."""

import re
import time

from playwright.sync_api import expect

from tests.browser.support import wait_for_player
from tests.browser.test_accessibility import _serious_violations

RECORDING = "/webinars/expert-webinars/safe-sleep-on-the-unit/"


def test_clicking_the_words_of_a_transcript_line_seeks_the_recording(page, site_url):
    page.goto(site_url + RECORDING)
    wait_for_player(page, "player.readyState >= 1")
    line = page.locator("[data-transcript] li").nth(12)
    second = float(line.get_attribute("data-start"))
    # One tab stop a line: the time, named for what it does.
    expect(line.locator("a, button, [tabindex]")).to_have_count(1)
    expect(line.get_by_role("link")).to_have_accessible_name(re.compile(r"^Play from \d+:\d\d$"))
    line.locator(".transcript__text").click()
    wait_for_player(page, f"Math.abs(player.currentTime - {second}) < 1.5")
    expect(page).to_have_url(re.compile(rf"\?t={int(second)}$"))
    expect(line).to_have_class(re.compile("is-current"))
    assert _serious_violations(page) == []


def test_selecting_words_in_the_transcript_does_not_seek(page, site_url):
    page.goto(site_url + RECORDING)
    wait_for_player(page, "player.readyState >= 1")
    words = page.locator("[data-transcript] li").nth(12).locator(".transcript__text")
    box = words.bounding_box()
    page.mouse.move(box["x"] + 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 2, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    time.sleep(0.3)
    assert page.locator("#player").evaluate("player => player.currentTime") < 1
    assert "?t=" not in page.url

"""The recording player: a transcript line seeks wherever it is clicked, and
the engagement figures count only what was actually played."""

import re
import time

from playwright.sync_api import expect

from tests.browser.support import log_in, wait_for_player
from tests.browser.test_accessibility import _serious_violations

RECORDING = "/webinars/expert-webinars/safe-sleep-on-the-unit/"
# Opened by no other browser test, so its figures move only here.
QUIET_RECORDING = "/webinars/team-spotlights/louisiana-haemorrhage-and-equity/"


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


def _figures(browser, site_url) -> dict[str, int]:
    """The engagement figures an editor sees on the recording's page."""
    context = browser.new_context()
    editor = context.new_page()
    log_in(editor, site_url, "admin")
    editor.goto(site_url + QUIET_RECORDING)  # its own visit makes the figures exist
    facts = editor.locator("h2:has-text('Engagement') + dl.facts")
    names = [n.strip() for n in facts.locator("dt").all_inner_texts()]
    values = [int(v) for v in facts.locator("dd").all_inner_texts()]
    figures = dict(zip(names, values, strict=True))
    context.close()
    return figures


def test_opening_at_a_moment_and_playing_ten_seconds_counts_no_milestone(browser, page, site_url):
    before = _figures(browser, site_url)
    beacons: list[str] = []
    page.on(
        "requestfinished",
        lambda request: (
            beacons.append(request.post_data or "") if request.url.endswith("/progress/") else None
        ),
    )
    page.goto(site_url + QUIET_RECORDING + "?t=605")
    wait_for_player(page, "player.readyState >= 1 && player.currentTime >= 604")
    time.sleep(1.5)  # the playhead sits at half the recording, nothing played
    assert beacons == []

    video = page.locator("#player")
    video.evaluate("player => { player.playbackRate = 2; return player.play(); }")
    wait_for_player(page, "player.currentTime >= 615", seconds=30)  # 10 s played
    video.evaluate("player => player.pause()")
    deadline = time.monotonic() + 10
    while not beacons and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    page.wait_for_timeout(500)
    assert len(beacons) == 1 and 'name="event"\r\n\r\nplay\r\n' in beacons[0]

    after = _figures(browser, site_url)
    assert after["Played"] == before["Played"] + 1
    for milestone in ("Watched a quarter", "Watched half", "Watched three quarters"):
        assert after[milestone] == before[milestone], milestone

"""Discussions as two Ohio teammates live them, at desktop and phone widths:
messages arrive without reloading, a dropped connection catches up exactly
what it missed, and another state's member finds the team's space closed."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.support import log_in
from tests.browser.test_accessibility import _serious_violations

SOCKETS = re.compile(r".*/ws/discussions/.*")


@pytest.fixture
def two_teammates(browser, width, site_url):
    """Ohio's lead and data lead, each in a browser of their own, on the same thread."""
    pages = []
    for username in ("ohio.lead", "ohio.member"):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.set_default_timeout(15_000)
        log_in(page, site_url, username)
        pages.append(page)
    lead, member = pages
    lead.goto(site_url + "/discussions/team-ohio/")
    lead.get_by_role("link", name=re.compile("weekly data huddle", re.I)).first.click()
    member.goto(lead.url)
    yield lead, member
    for page in pages:
        page.context.close()


def _send(page, text: str) -> None:
    page.get_by_label("Message").fill(text)
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_label("Message")).to_have_value("")


def test_a_message_appears_in_the_teammates_browser_without_reloading(two_teammates):
    lead, member = two_teammates
    expect(member.get_by_text("Here now:")).to_be_visible()
    tag = uuid.uuid4().hex[:6]  # the demo site is shared by every test in the run
    _send(lead, f"Crib audit {tag} numbers are in: **41 of 50** clear.")
    arrived = member.locator(".msg", has_text=f"Crib audit {tag} numbers are in")
    expect(arrived).to_have_count(1)
    expect(arrived.locator("strong")).to_have_text("41 of 50")
    # The member answers by keyboard alone.
    member.get_by_label("Message").focus()
    member.keyboard.type(f"Thanks, I will chart {tag} tonight.")
    member.keyboard.press("Tab")
    while member.evaluate("document.activeElement.textContent.trim()") != "Send":
        member.keyboard.press("Tab")
    member.keyboard.press("Enter")
    expect(lead.locator(".msg", has_text=f"I will chart {tag} tonight")).to_have_count(1)


def test_a_teammate_who_drops_off_sees_exactly_what_was_missed(two_teammates):
    lead, member = two_teammates
    offline = {"now": False}
    routes = []

    def route(socket):
        if offline["now"]:
            socket.close()  # as if the laptop were shut
            return
        socket.connect_to_server()
        routes.append(socket)

    member.route_web_socket(SOCKETS, route)
    member.reload()
    expect(member.get_by_text("Here now:")).to_be_visible()
    before = member.locator(".msg").count()

    offline["now"] = True
    member.context.set_offline(True)
    for socket in routes:
        socket.close()
    expect(member.locator("[data-live-status]")).to_contain_text("Reconnecting")
    tag = uuid.uuid4().hex[:6]
    missed = [f"While you were away ({tag}), note {n}" for n in range(1, 4)]
    for text in missed:
        _send(lead, text)
    member.wait_for_timeout(1500)
    expect(member.locator(".msg")).to_have_count(before)

    offline["now"] = False
    member.context.set_offline(False)
    for text in missed:
        expect(member.locator(".msg", has_text=text)).to_have_count(1, timeout=30_000)
    expect(member.locator(".msg")).to_have_count(before + 3)
    shown = member.locator(".msg__body").all_inner_texts()[-3:]
    assert [line.strip() for line in shown] == missed


def test_another_states_member_cannot_open_the_team_space(page, site_url):
    log_in(page, site_url, "missouri.member")
    page.goto(site_url + "/discussions/")
    expect(page.get_by_role("link", name="Missouri State Team")).to_be_visible()
    expect(page.get_by_role("link", name="Ohio State Team")).to_have_count(0)
    response = page.goto(site_url + "/discussions/team-ohio/")
    # Told whose space it is and how to ask to join; nothing of it shown.
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_contain_text("private to Ohio State Team")
    assert _serious_violations(page) == []
    api = page.request.get(site_url + "/api/discussions/spaces/team-ohio/changes/?after=0")
    assert api.status == 404
    page.goto(site_url + "/discussions/")
    code = page.evaluate(
        """url => new Promise(done => {
            const socket = new WebSocket(url);
            socket.onmessage = () => done("a message arrived");
            socket.onclose = event => done(event.code);
        })""",
        site_url.replace("http", "ws") + "/ws/discussions/team-ohio/",
    )
    assert code == 4403  # "not allowed": the page stops instead of retrying

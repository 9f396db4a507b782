"""axe-core on every page type that exists, at desktop and phone widths:
no violation of serious or critical impact against WCAG 2.1 AA. And the
newcomer journey once more, by keyboard alone."""

import pytest
from playwright.sync_api import expect

from tests.browser.support import AXE, log_in

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

VISITOR_PAGES = [
    "/",
    "/networks/",
    "/networks/safe-sleep/",
    "/states/",
    "/states/ohio/",
    "/teams/?network=safe-sleep&kind=state_team",
    "/teams/ohio/",
    "/people/ohio.lead/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/toolkit/",
    "/toolkit/start/",
    "/toolkit/safe-sleep/",
    "/toolkit/safe-sleep/model-safe-sleep-on-maternity-units/",
    "/toolkit/change-ideas/?evidence=promising&setting=hospital",
    "/case-studies/?network=safe-sleep",
    "/case-studies/louisiana-haemorrhage-equity/",
    "/resources/?network=safe-sleep&jurisdiction=ohio",
    "/resources/?q=bassinet",
    "/resources/1/",
    "/webinars/?network=safe-sleep&year=2024",
    "/webinars/expert-webinars/safe-sleep-on-the-unit/?t=444",
    "/webinars/expert-webinars/safe-sleep-for-nicu-graduates/",
    "/webinars/presenters/helen-osei/",
]
MEMBER_PAGES = [
    "/accounts/",
    "/accounts/profile/",
    "/teams/ohio/",
    "/toolkit/start/",
    "/resources/share/",
    "/resources/mine/",
    "/accounts/api-tokens/",
    "/resources/collections/",
    "/discussions/",
    "/discussions/team-ohio/",
    "/discussions/new/",
    "/discussions/notifications/",
    "/discussions/groups/new/",
]


def _serious_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("path", VISITOR_PAGES)
def test_visitor_pages_pass_axe(page, site_url, path):
    page.goto(site_url + path)
    assert _serious_violations(page) == []


@pytest.mark.parametrize("path", MEMBER_PAGES)
def test_member_pages_pass_axe(page, site_url, path):
    log_in(page, site_url, "facilitator" if "groups" in path else "ohio.lead")
    page.goto(site_url + path)
    assert _serious_violations(page) == []


def test_a_discussion_thread_passes_axe(page, site_url):
    log_in(page, site_url, "ohio.lead")
    page.goto(site_url + "/discussions/team-ohio/")
    page.locator(".thread-row__title").first.click()
    expect(page.locator(".msg").first).to_be_visible()
    assert _serious_violations(page) == []
    page.locator(".react-menu summary").first.click()  # the open reaction menu too
    assert _serious_violations(page) == []


def _tab_to(page, name: str, limit: int = 80) -> None:
    """Press Tab until the focused element is the link or button called `name`,
    checking that focus is always visible on the way."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                const ringed = node => {
                    const style = getComputedStyle(node);
                    return style.outlineStyle !== "none" && style.outlineWidth !== "0px";
                };
                // A card shows the focus of the link that covers it.
                const card = el.closest(".card");
                return {text: (el.innerText || el.value || "").trim(),
                        outline: ringed(el) || (card !== null && ringed(card))};
            }"""
        )
        if focused["text"]:
            assert focused["outline"], f"no visible focus on {focused['text']!r}"
        if focused["text"] == name:
            return
    raise AssertionError(f"{name!r} cannot be reached with the Tab key")


def test_the_newcomer_journey_by_keyboard_alone(page, site_url):
    page.goto(site_url + "/")
    if page.viewport_size["width"] < 960:
        _tab_to(page, "Menu")
        page.keyboard.press("Enter")
    _tab_to(page, "New here? Start here")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Start here")
    _tab_to(page, "Safe sleep")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Safe sleep")
    if page.viewport_size["width"] >= 1000:
        _tab_to(page, "The driver diagram as a list")
        page.keyboard.press("Enter")  # opens the list version of the drawing
    first_idea = page.locator("[data-diagram-list] a").first.inner_text()
    _tab_to(page, first_idea, limit=120)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(first_idea)

"""axe-core on every page type that exists, at desktop and phone widths:
no violation of serious or critical impact against WCAG 2.1 AA. And the
newcomer journey once more, by keyboard alone."""

import functools
import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from tests.browser.support import AXE, DEMO_PASSWORD, log_in, wait_for_player


@functools.cache
def _axe_source() -> str:
    return AXE.read_text()


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
    "/search/",
    "/search/?q=safe+sleep+disparities",
    "/search/?q=SIDS&type=change_idea&network=safe-sleep",
    "/search/?q=bassinnet",
    "/measures/",
    "/measures/crib-audit-safe-sleep/",
    "/measures/places/",
    "/measures/places/missouri/",
    "/measures/places/missouri/pemiscot/",
]
MEMBER_PAGES = [
    "/accounts/",
    "/accounts/profile/",
    "/teams/ohio/",
    "/toolkit/start/",
    "/resources/share/",
    "/resources/mine/",
    "/accounts/api-tokens/",
    "/people/",
    "/people/?role=data_lead&network=safe-sleep",
    "/resources/collections/",
    "/discussions/",
    "/discussions/team-ohio/",
    "/discussions/new/",
    "/discussions/notifications/",
    "/discussions/groups/new/",
    "/search/?q=huddle",
    "/teams/ohio/measures/",
    "/teams/ohio/measures/enter/",
    "/teams/ohio/measures/upload/",
    "/teams/ohio/measures/crib-audit-safe-sleep/",
    "/measures/crib-audit-safe-sleep/networks/safe-sleep/",
    "/teams/ohio/cycles/",
    "/teams/ohio/cycles/new/?follows=3",
    "/teams/ohio/cycles/3/",
    "/toolkit/preterm-early-term/adopt-a-hard-stop-policy-for-elective-deliveries/",
]


# The same pages in Spanish (under /es/): longer words, other labels.
SPANISH_VISITOR_PAGES = [f"/es{path}" for path in VISITOR_PAGES]
SPANISH_MEMBER_PAGES = [f"/es{path}" for path in MEMBER_PAGES]


def _serious_violations(page) -> list[str]:
    # Evaluated, not added as a <script>: the page's Content-Security-Policy
    # rightly refuses an inline script it did not write.
    page.evaluate(_axe_source())
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("path", VISITOR_PAGES + SPANISH_VISITOR_PAGES)
def test_visitor_pages_pass_axe(page, site_url, path):
    page.goto(site_url + path)
    assert page.evaluate("document.documentElement.lang") == ("es" if path[:4] == "/es/" else "en")
    assert _serious_violations(page) == []


@pytest.mark.parametrize("path", MEMBER_PAGES + SPANISH_MEMBER_PAGES)
def test_member_pages_pass_axe(page, site_url, path):
    log_in(page, site_url, "facilitator" if "groups" in path else "ohio.lead")
    page.goto(site_url + path)
    assert page.evaluate("document.documentElement.lang") == ("es" if path[:4] == "/es/" else "en")
    assert _serious_violations(page) == []


def test_a_discussion_thread_passes_axe(page, site_url):
    log_in(page, site_url, "ohio.lead")
    page.goto(site_url + "/discussions/team-ohio/")
    page.locator(".thread-row__title").first.click()
    expect(page.locator(".msg").first).to_be_visible()
    assert _serious_violations(page) == []
    page.locator(".react-menu summary").first.click()  # the open reaction menu too
    assert _serious_violations(page) == []


def _tab_to(page, name: "str | re.Pattern", limit: int = 80) -> None:
    """Press Tab until the focused element is the one called `name` (its
    text, or its id with a leading #), checking that focus is always visible
    on the way."""
    for step in range(limit):
        if step:  # the element focused already (autofocus) counts too
            page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                if (el === document.body) return {text: "", id: "", outline: true};
                const ringed = node => {
                    const style = getComputedStyle(node);
                    return style.outlineStyle !== "none" && style.outlineWidth !== "0px";
                };
                // A card shows the focus of the link that covers it.
                const card = el.closest(".card");
                const field = ["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName);
                return {text: field ? "" : (el.innerText || el.value || "").trim(),
                        id: el.id,
                        outline: ringed(el) || (card !== null && ringed(card))};
            }"""
        )
        if step and (focused["text"] or focused["id"]):
            assert focused["outline"], f"no visible focus on {focused}"
        if isinstance(name, re.Pattern):
            if name.search(focused["text"]):
                return
        elif focused["text"] == name or (name.startswith("#") and focused["id"] == name[1:]):
            return
    raise AssertionError(f"{name!r} cannot be reached with the Tab key")


def test_the_headers_search_box_offers_titles_by_keyboard(page, site_url):
    """The header's box is a combobox like the search page's: typing part of
    a synonym ("SDO") offers the titles of what it stands for; Down chooses
    one, Enter opens it, Escape closes the list and keeps the words."""
    page.goto(site_url + "/toolkit/")
    if page.viewport_size["width"] < 960:
        _tab_to(page, "Menu")
        page.keyboard.press("Enter")
    _tab_to(page, "#site-search-q")
    box = page.locator("#site-search-q")
    expect(box).to_have_attribute("role", "combobox")
    expect(box).to_have_attribute("aria-expanded", "false")
    page.keyboard.type("SDO")
    first = page.locator("#site-search-titles [role=option]").first
    expect(first).to_contain_text("Social determinants of health")
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(page.locator("form.site-search [role=status]")).to_contain_text("offered")
    assert _serious_violations(page) == []  # with the list open
    page.keyboard.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_have_value("SDO")
    page.keyboard.press("ArrowDown")  # opens the list again on its first title
    expect(first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id") or "")
    title = first.evaluate("option => option.firstChild.textContent")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def _choose(page, value: str) -> None:
    """Pick an option of the focused select with the arrow keys."""
    for _ in range(80):
        if page.evaluate("document.activeElement.value") == value:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"{value!r} cannot be chosen with the arrow keys")


def _log_in_by_keyboard(page, site_url: str, username: str) -> None:
    page.goto(site_url + "/accounts/login/")
    _tab_to(page, "#id_username")
    page.keyboard.type(username)
    _tab_to(page, "#id_password")
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


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


def test_the_webinar_journey_by_keyboard_alone(page, site_url):
    # Not the attendee of test_journeys: the suite shares one site, and this
    # journey registers and then cancels, leaving things as they were.
    _log_in_by_keyboard(page, site_url, "missouri.member")
    page.goto(site_url + "/webinars/")
    _tab_to(page, "#f-network", limit=120)
    _choose(page, "safe-sleep")
    _tab_to(page, "Apply")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"network=safe-sleep"))
    _tab_to(page, re.compile("^What families see is what they do"), limit=120)
    page.keyboard.press("Enter")
    wait_for_player(page, "player.readyState >= 1")
    line = page.locator("[data-transcript] li").nth(3)
    second = float(line.get_attribute("data-start"))
    _tab_to(page, line.get_by_role("link").inner_text().strip(), limit=200)
    page.keyboard.press("Enter")
    wait_for_player(page, f"Math.abs(player.currentTime - {second}) < 1.5")
    _tab_to(page, re.compile("^Download the slides"), limit=300)
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith(".pdf")
    page.goto(site_url + "/webinars/expert-webinars/safe-sleep-for-nicu-graduates/")
    _tab_to(page, "Register", limit=120)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="You are registered")).to_be_visible()
    _tab_to(page, "Cancel my registration", limit=120)
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Register")).to_be_visible()


def test_sharing_a_resource_by_keyboard_alone(page, site_url, width):
    from kernel.pdf import simple_pdf

    title = f"Keyboard-shared crib audit at {width}px"
    _log_in_by_keyboard(page, site_url, "ohio.member")
    page.goto(site_url + "/resources/share/")
    _tab_to(page, "#id_title", limit=120)
    page.keyboard.type(title)
    _tab_to(page, "#id_summary")
    page.keyboard.type("An audit form, shared without a mouse.")
    _tab_to(page, "#id_kind")
    _choose(page, "template")
    _tab_to(page, "#id_file")
    try:
        with page.expect_file_chooser(timeout=5_000) as chooser:
            page.keyboard.press("Space")
    except PlaywrightTimeout:  # Enter opens the file chooser too
        with page.expect_file_chooser() as chooser:
            page.keyboard.press("Enter")
    chooser.value.set_files(
        files=[
            {
                "name": "audit.pdf",
                "mimeType": "application/pdf",
                "buffer": simple_pdf(title, ["Unit"]),
            }
        ]
    )
    network = page.get_by_label("Safe Sleep (SIDS/SUID)").get_attribute("id")
    _tab_to(page, f"#{network}")
    page.keyboard.press("Space")
    # A radio group is one Tab stop (its chosen radio); arrows change the choice.
    chosen = page.locator("input[name=visibility]:checked").get_attribute("id")
    _tab_to(page, f"#{chosen}")
    for _ in range(4):
        if page.get_by_label("Everyone").is_checked():
            break
        page.keyboard.press("ArrowUp")
    expect(page.get_by_label("Everyone")).to_be_checked()
    _tab_to(page, "Send for review")
    page.keyboard.press("Enter")
    expect(page.get_by_role("row", name=re.compile(title))).to_contain_text("In review")


def test_finding_a_case_study_by_keyboard_alone(page, site_url):
    """A webinar attendee searches, narrows to case studies with the filter,
    and opens the one they want, without a mouse; titles offered while typing
    are reachable with Tab too."""
    page.goto(site_url + "/search/")
    _tab_to(page, "#search-q", limit=60)
    page.keyboard.type("safe sleep disp")
    suggestion = page.locator("#search-titles [role=option]").first
    expect(suggestion).to_contain_text("Safe sleep disparities")
    page.keyboard.type("arities")
    page.keyboard.press("Enter")
    expect(page.locator(".result-count")).to_contain_text("for “safe sleep disparities”")
    _tab_to(page, "#f-type", limit=60)
    _choose(page, "case_study")
    _tab_to(page, "Apply")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"type=case_study"))
    _tab_to(page, re.compile("^Georgia birthing hospitals"), limit=80)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Georgia birthing hospitals")

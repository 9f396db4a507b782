"""The team workspace in the browser: a community organizer on the Lansing
task force runs the next meeting with the keyboard alone (agenda, notes,
an action), and the workspace pages pass axe."""

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.browser.support import log_in
from tests.browser.test_accessibility import (
    _log_in_by_keyboard,
    _serious_violations,
    _tab_to,
)

WORKSPACE = "/teams/lansing-task-force/workspace/"


def _choose_text(page, text: str) -> None:
    """Pick the option of the focused select whose label is `text`, by arrows."""
    for _ in range(80):
        chosen = page.evaluate("document.activeElement.selectedOptions[0]?.text || ''")
        if chosen == text:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"{text!r} cannot be chosen with the arrow keys")


def test_a_facilitator_runs_a_meeting_by_keyboard_alone(page, site_url, width):
    item, line = f"Shower volunteers ({width})", f"Twelve volunteers signed up ({width})."
    _log_in_by_keyboard(page, site_url, "lansing.organizer")
    page.goto(site_url + WORKSPACE)
    coming = page.get_by_role("region", name="Coming up").get_by_role("link").first
    _tab_to(page, coming.inner_text())
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=2, name="Agenda")).to_be_visible()

    _tab_to(page, "#id_agenda-text")
    page.keyboard.type(item)
    page.keyboard.press("Enter")
    expect(page.locator(".agenda")).to_contain_text(item)

    _tab_to(page, "#id_notes")
    page.keyboard.press("Control+End")
    page.keyboard.type("\n" + line)
    _tab_to(page, "Save the notes")
    page.keyboard.press("Enter")
    expect(page.get_by_text("The notes are saved.")).to_be_visible()
    expect(page.locator("#id_notes")).to_have_value(re.compile(re.escape(line)))

    due = date.today() + timedelta(days=365)
    _tab_to(page, "#id_action-text")
    page.keyboard.type(f"Call the volunteers ({width})")
    page.keyboard.press("Tab")
    _choose_text(page, "Tamika Brooks")
    page.keyboard.press("Tab")
    page.keyboard.type(due.strftime("%m%d%Y"))
    _tab_to(page, "Add the action")
    page.keyboard.press("Enter")
    actions = page.get_by_role("region", name="Actions agreed")
    expect(actions).to_contain_text(f"Call the volunteers ({width})")
    expect(actions).to_contain_text("Tamika Brooks")


@pytest.mark.parametrize(
    "path",
    [
        WORKSPACE,
        f"{WORKSPACE}rota/",
        "/teams/lansing-task-force/meetings/new/",
        "/accounts/actions/",
        "/teams/lansing-task-force/checklists/",
        "/teams/lansing-task-force/checklists/task-force-benchmarks/",
        "/checklists/task-force-benchmarks/",
        "/teams/lansing-task-force/checklists/task-force-benchmarks/items/11/",
    ],
)
def test_workspace_pages_pass_axe(page, site_url, path):
    log_in(page, site_url, "lansing.organizer")
    page.goto(site_url + path)
    assert _serious_violations(page) == []


def test_the_coaches_checklist_page_passes_axe(page, site_url):
    log_in(page, site_url, "facilitator")
    page.goto(site_url + "/checklists/coaching/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your teams' checklists")
    assert _serious_violations(page) == []


def test_a_meeting_page_passes_axe(page, site_url):
    log_in(page, site_url, "lansing.organizer")
    page.goto(site_url + WORKSPACE)
    page.get_by_role("region", name="Past meetings").get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=2, name="Notes and decisions")).to_be_visible()
    assert _serious_violations(page) == []

"""PDSA cycles in the browser: a member records a cycle and shares it with
the team's networks; a member of another state's team finds it under the
change idea and opens it. Each page on the way passes axe."""

import re

from playwright.sync_api import expect

from tests.browser.support import log_in
from tests.browser.test_accessibility import _serious_violations

IDEA = "/toolkit/safe-sleep/model-safe-sleep-on-maternity-units/"


def test_a_member_records_and_shares_a_cycle_and_another_state_finds_it(page, site_url, width):
    title = f"Weekend handover huddle, {width} px"
    log_in(page, site_url, "ohio.member")
    page.goto(site_url + "/teams/ohio/")
    page.get_by_role("link", name="Record a cycle").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record a PDSA cycle")
    assert _serious_violations(page) == []
    page.get_by_label("Title", exact=True).fill(title)
    page.get_by_label("Change idea").select_option(label="Model safe sleep on every maternity unit")
    page.get_by_label("What do we want to learn?").fill(
        "Does the crib audit huddle hold at the weekend handover too?"
    )
    page.get_by_label("Starts on").fill("2026-11-07")
    page.get_by_label("Ends on").fill("2026-11-01")
    page.get_by_role("button", name="Save the cycle").click()
    expect(page.get_by_role("alert")).to_contain_text("cannot end before it starts")
    page.get_by_label("Ends on").fill("2026-11-29")
    page.get_by_role("button", name="Save the cycle").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    page.get_by_label("Our learning networks").check()
    page.get_by_role("button", name="Save who sees it").click()
    expect(page.get_by_text("Now seen by: our learning networks.")).to_be_visible()
    assert _serious_violations(page) == []

    page.context.clear_cookies()
    log_in(page, site_url, "missouri.member")
    page.goto(site_url + IDEA)
    testing = page.get_by_role("region", name="Teams testing this")
    expect(testing).to_contain_text("Ohio State Team")
    assert _serious_violations(page) == []
    testing.get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_role("link", name="Update the cycle")).to_have_count(0)
    expect(page.get_by_text(re.compile("Seen by our learning networks"))).to_be_visible()

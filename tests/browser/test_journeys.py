"""Journeys as people make them, at desktop and phone widths, asserting what
they see."""

import re

from playwright.sync_api import expect

from tests.browser.support import log_in, wait_for_player
from tests.browser.test_accessibility import _serious_violations


def test_newcomer_from_home_to_a_case_study(page, site_url):
    page.goto(site_url + "/")
    page.get_by_role("link", name="New here? Start here").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Start here")
    page.get_by_role("link", name="Safe sleep", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Safe sleep")
    expect(page.get_by_role("heading", name="Driver diagram")).to_be_visible()
    if page.viewport_size["width"] >= 1000:  # drawn on wide screens
        expect(page.locator("[data-diagram]")).to_be_visible()
        page.locator("[data-diagram] a").first.click()
    else:  # a list on phones
        expect(page.locator("[data-diagram]")).to_be_hidden()
        expect(page.locator("[data-diagram-list]")).to_be_visible()
        page.locator("[data-diagram-list] a").first.click()
    expect(page.get_by_role("heading", name="Test it: a first PDSA cycle")).to_be_visible()
    expect(page.locator(".pdsa__step")).to_have_count(4)
    expect(page.locator("table.measures tbody tr").first).to_be_visible()
    page.get_by_role("complementary", name="Where it was tried").get_by_role("link").first.click()
    expect(page.get_by_role("heading", name="Results")).to_be_visible()
    expect(page.locator(".result").first).to_contain_text("Baseline")


def test_webinar_attendee_jumps_to_a_moment_and_registers(page, site_url):
    log_in(page, site_url, "ohio.member")
    page.goto(site_url + "/webinars/")
    page.select_option("#f-network", "safe-sleep")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"network=safe-sleep"))
    page.get_by_role("link", name=re.compile("What families see is what they do")).click()
    video = page.locator("#player")
    wait_for_player(page, "player.readyState >= 1")
    line = page.locator("[data-transcript] li").nth(12)
    second = float(line.get_attribute("data-start"))
    line.get_by_role("link").click()
    wait_for_player(page, f"Math.abs(player.currentTime - {second}) < 1.5")
    expect(page).to_have_url(re.compile(rf"\?t={int(second)}$"))
    expect(line).to_have_class(re.compile("is-current"))
    assert video.evaluate("v => v.textTracks[0].kind") == "captions"
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Download the slides")).click()
    assert download.value.suggested_filename.endswith(".pdf")

    page.goto(site_url + "/webinars/expert-webinars/safe-sleep-for-nicu-graduates/")
    join = "https://meet.example.org/collaboratory/safe-sleep-for-nicu-graduates"
    expect(page.get_by_role("link", name=join)).to_have_count(0)  # not registered yet
    reminders = page.get_by_label("Email me a reminder")
    expect(reminders).to_have_value("day")
    reminders.select_option(label="The day before and an hour before")
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_role("heading", name="You are registered")).to_be_visible()
    expect(page.get_by_text("We have emailed you the details")).to_be_visible()
    expect(page.get_by_role("link", name=join)).to_be_visible()
    expect(page.get_by_label("Email me a reminder")).to_have_value("both")
    assert _serious_violations(page) == []
    page.get_by_label("Email me a reminder").select_option("hour")
    page.get_by_role("button", name="Save my reminders").click()
    expect(page.get_by_text("Reminders: An hour before.")).to_be_visible()
    feed = page.get_by_role("link", name="your own webinar calendar").get_attribute("href")
    calendar = page.context.request.get(feed).text().replace("\r\n ", "")
    assert "SUMMARY:Safe sleep for babies coming home from the NICU" in calendar
    assert f"LOCATION:{join}" in calendar
    page.get_by_role("button", name="Cancel my registration").click()
    expect(page.get_by_role("button", name="Register")).to_be_visible()
    expect(page.get_by_role("link", name=join)).to_have_count(0)


def test_a_moment_link_opens_the_recording_at_that_time(page, site_url):
    page.goto(site_url + "/webinars/expert-webinars/safe-sleep-on-the-unit/?t=600")
    wait_for_player(page, "player.currentTime >= 599")
    expect(page.locator("[data-transcript] li[aria-current=true]")).to_have_count(1)


def test_a_change_idea_cites_a_moment_and_the_recording_starts_there(page, site_url):
    log_in(page, site_url, "ohio.member")
    page.goto(site_url + "/toolkit/safe-sleep/model-safe-sleep-on-maternity-units/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Model safe sleep on every maternity unit"
    )
    moment = page.get_by_role("link", name=re.compile(r"Discussed at 7:30 in "))
    expect(moment).to_be_visible()
    assert _serious_violations(page) == []
    moment.click()
    expect(page).to_have_url(re.compile(r"\?t=450$"))
    wait_for_player(page, "player.currentTime >= 449")
    expect(page.locator("[data-transcript] li[aria-current=true]")).to_have_count(1)
    cited_in = page.get_by_role("heading", name="Cited in")
    expect(cited_in).to_be_visible()
    assert _serious_violations(page) == []


def test_a_lead_approves_a_join_request(page, site_url):
    log_in(page, site_url, "ohio.lead")
    page.goto(site_url + "/accounts/")
    request = page.get_by_role("region", name="Waiting for your decision")
    expect(request).to_contain_text("Sam Lee")
    expect(page.get_by_role("button", name="Approve Sam Lee")).to_be_visible()


def test_a_team_member_shares_a_pdf_an_editor_approves_and_a_newcomer_finds_it(
    page, browser, site_url, width
):
    from kernel.pdf import simple_pdf

    word = "periwinkle" if width >= 1000 else "marigold"  # the suite shares one site
    title = f"Crib census at {width}px"  # the search word is only inside the PDF
    log_in(page, site_url, "ohio.member")
    page.goto(site_url + "/resources/share/")
    page.get_by_label("Title", exact=True).fill(title)
    page.get_by_label("Summary").fill("Counting safe cribs on the postpartum unit, by shift.")
    page.get_by_label("What kind of resource").select_option("data_report")
    page.get_by_label("File", exact=True).set_input_files(
        files=[
            {
                "name": "census.pdf",
                "mimeType": "application/pdf",
                "buffer": simple_pdf(title, [f"{word} census of every bassinet"]),
            }
        ]
    )
    page.get_by_label("Safe Sleep (SIDS/SUID)").check()
    page.get_by_label("States and jurisdictions").select_option(label="Ohio")
    page.get_by_label("Everyone").check()
    page.get_by_role("button", name="Send for review").click()
    row = page.get_by_role("row", name=re.compile(title))
    expect(row).to_contain_text("In review")

    editor = browser.new_context(viewport=page.viewport_size)
    review = editor.new_page()
    log_in(review, site_url, "editor")
    review.goto(site_url + "/admin/")
    entry = review.locator("tr", has_text=title)
    entry.locator("[data-w-dropdown-target=toggle]").first.click()
    with review.expect_navigation():
        entry.get_by_role("button", name="Approve", exact=True).click()
    expect(review.locator("tr", has_text=title)).to_have_count(0)  # nothing left to review
    editor.close()

    newcomer = browser.new_context(viewport=page.viewport_size)
    visitor = newcomer.new_page()
    visitor.goto(site_url + "/resources/?network=safe-sleep&jurisdiction=ohio")
    visitor.get_by_label("Search titles, summaries and the text inside files").fill(
        f"{word} bassinet"
    )
    visitor.get_by_role("search", name="Search the library").get_by_role(
        "button", name="Search"
    ).click()
    expect(visitor.locator(".result-count")).to_have_text("1 resource")
    visitor.get_by_role("link", name=title).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)

    # The site search finds it too, says the words are inside the file, and
    # keeps the network and state chosen in its filters.
    visitor.goto(site_url + "/search/")
    visitor.locator("#search-q").fill(f"{word} census")
    visitor.locator("#search-q").press("Enter")
    visitor.get_by_label("Learning network").select_option("safe-sleep")
    visitor.get_by_label("State or territory").select_option("ohio")
    visitor.get_by_role("button", name="Apply").click()
    expect(visitor).to_have_url(
        re.compile(r"network=safe-sleep.*jurisdiction=ohio|jurisdiction=ohio.*network=safe-sleep")
    )
    expect(visitor.locator(".result-count")).to_contain_text("1 result")
    hit = visitor.locator(".search-hit")
    expect(hit).to_contain_text("Found inside the file")
    expect(hit.locator("mark", has_text=re.compile(word, re.IGNORECASE))).to_have_count(1)
    hit.get_by_role("link", name=title).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)
    newcomer.close()


def test_a_data_lead_enters_a_month_by_keyboard_and_the_coach_reviews_it(page, site_url):
    """Ohio's data lead enters a month of early elective deliveries with the
    keyboard alone and submits it; the team's coach reviews it. (A month
    before the demo's three years, one per screen width.)"""
    month = "2020-01" if page.viewport_size["width"] >= 1000 else "2020-02"
    label = "January 2020" if month.endswith("01") else "February 2020"
    log_in(page, site_url, "ohio.member")
    page.goto(site_url + "/teams/ohio/")
    page.get_by_role("link", name="Enter this month's data").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Data for")
    page.goto(page.url.split("?")[0] + f"?period={month}")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Data for {label}")
    numerator = page.get_by_label(re.compile("Numerator — Early elective deliveries"))
    numerator.focus()
    page.keyboard.type("6")
    page.keyboard.press("Tab")
    page.keyboard.type("90")
    page.keyboard.press("Enter")
    expect(page.get_by_text(re.compile(rf"Saved \d+ values? for {label}"))).to_be_visible()
    expect(numerator).to_have_value("6")
    submit = page.get_by_role("button", name=f"Submit {label} for review")
    submit.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text(re.compile("the team's coaches are told"))).to_be_visible()

    page.context.clear_cookies()
    log_in(page, site_url, "facilitator")
    page.goto(site_url + "/teams/ohio/measures/early-elective-deliveries/")
    ours = page.get_by_role("region", name="Waiting for your review").locator("li", has_text=label)
    ours.get_by_label(re.compile("Comment for the team")).fill("Matches the delivery log.")
    ours.get_by_role("button", name="Mark reviewed").click()
    short = "Jan 2020" if month.endswith("01") else "Feb 2020"
    done = f"Marked Ohio State Team · Early elective deliveries · {short} reviewed."
    expect(page.get_by_text(done)).to_be_visible()
    expect(page.locator("svg.spc-chart")).to_have_count(2)


def test_a_member_finds_a_peer_in_the_directory_and_sees_only_what_they_may(page, site_url):
    page.goto(site_url + "/people/?q=Karen")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    expect(page.locator("main")).not_to_contain_text("Karen Mitchell")

    log_in(page, site_url, "missouri.member")
    page.goto(site_url + "/accounts/")
    page.get_by_role("link", name="People in the collaborative").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("People")
    page.get_by_label("Search by name or username").fill("karen mitchell")
    page.get_by_role("search", name="Search people").get_by_role("button").click()
    karen = page.locator(".person-card").filter(has_text="Karen Mitchell")
    expect(karen).to_have_count(1)
    expect(karen).to_contain_text("Ohio State Team")
    expect(karen).to_contain_text("Team lead")
    assert _serious_violations(page) == []
    # Lake Erie Regional keeps its cycle to itself: Rosa is not on the team.
    # (Ohio's safe sleep cycles may be shared by another journey on this site.)
    page.goto(site_url + "/people/?team=lake-erie-regional")
    expect(page.locator(".person-card").first).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("Adopt a hard-stop policy")

    page.goto(site_url + "/people/")
    page.select_option("#f-role", "data_lead")
    page.select_option("#f-state", "ohio")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"role=data_lead"))
    expect(page.locator(".person-card").filter(has_text="Jamal Carter")).to_have_count(1)
    assert _serious_violations(page) == []

    page.context.clear_cookies()
    log_in(page, site_url, "ohio.member")  # Karen's teammate sees what Ohio tests
    page.goto(site_url + "/people/?q=karen+mitchell")
    karen = page.locator(".person-card").filter(has_text="Karen Mitchell")
    expect(karen).to_contain_text("Model safe sleep on every maternity unit")


def test_a_contributor_withdraws_their_share(page, site_url, width):
    """Shared by mistake: withdrawn from My contributions after a confirmation
    that passes axe; the row then says so, and its page is gone for visitors."""
    title = f"Shared by mistake at {width}px"  # the suite shares one site
    log_in(page, site_url, "ohio.member")
    page.goto(site_url + "/resources/share/")
    page.get_by_label("Title", exact=True).fill(title)
    page.get_by_label("Summary").fill("A link shared for the wrong team.")
    page.get_by_label("What kind of resource").select_option("toolkit")
    page.get_by_label("Or a link").fill("https://example.org/wrong-team")
    page.get_by_label("Safe Sleep (SIDS/SUID)").check()
    page.get_by_label("Everyone").check()
    page.get_by_role("button", name="Send for review").click()
    row = page.get_by_role("row", name=re.compile(title))
    expect(row).to_contain_text("In review")
    address = row.get_by_role("link", name=title, exact=True).get_attribute("href")

    row.get_by_role("link", name=f"Withdraw {title}", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Withdraw “{title}”?")
    assert _serious_violations(page) == []
    page.get_by_label("Why are you withdrawing it? (optional)").fill("Wrong team.")
    page.get_by_role("button", name="Withdraw this resource").click()

    expect(page.locator(".message--success")).to_contain_text("is withdrawn")
    row = page.get_by_role("row", name=re.compile(title))
    expect(row).to_contain_text("Withdrawn")
    expect(row.get_by_role("link", name=re.compile("^Withdraw"))).to_have_count(0)
    assert _serious_violations(page) == []

    page.context.clear_cookies()
    assert page.goto(site_url + address).status == 404

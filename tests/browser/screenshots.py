"""Full-page screenshots of the main pages at desktop and phone widths, for
reviewing how the site looks: `make screenshots` (or
`python -m tests.browser.screenshots`) serves a fresh demo site and writes
the pictures to screenshots/."""

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.support import CHROMIUM, CHROMIUM_ARGS, WIDTHS, demo_site, log_in

PRETERM = "preterm-early-term"
HARD_STOP = "adopt-a-hard-stop-policy-for-elective-deliveries"
# (file name, path, demo user or None for a visitor)
PAGES = [
    ("home", "/", None),
    ("home-member", "/", "ohio.member"),
    ("networks", "/networks/", None),
    ("network", "/networks/safe-sleep/", None),
    ("states", "/states/", None),
    ("teams-filtered", "/teams/?network=social-determinants&kind=county_hub", None),
    ("team", "/teams/ohio/", None),
    ("team-as-lead", "/teams/ohio/", "ohio.lead"),
    ("person", "/people/ohio.lead/", None),
    ("people", "/people/", "ohio.member"),
    ("people-filtered", "/people/?state=ohio&role=lead", "missouri.member"),
    ("toolkit", "/toolkit/", None),
    ("strategy-area", "/toolkit/safe-sleep/", None),
    ("change-idea", "/toolkit/safe-sleep/model-safe-sleep-on-maternity-units/", None),
    ("change-ideas-filtered", "/toolkit/change-ideas/?evidence=promising&setting=hospital", None),
    ("start-here", "/toolkit/start/", "newcomer"),
    ("case-studies", "/case-studies/?network=safe-sleep", None),
    ("case-study", "/case-studies/louisiana-haemorrhage-equity/", None),
    ("resources", "/resources/?network=safe-sleep", None),
    ("resource", "/resources/1/", "ohio.lead"),
    ("collections", "/resources/collections/", "ohio.lead"),
    ("share-resource", "/resources/share/", "ohio.lead"),
    ("my-contributions", "/resources/mine/", "ohio.lead"),
    ("webinars", "/webinars/?network=safe-sleep", None),
    ("webinar-recording", "/webinars/expert-webinars/safe-sleep-on-the-unit/?t=444", "ohio.member"),
    ("webinar-upcoming", "/webinars/expert-webinars/safe-sleep-for-nicu-graduates/", "ohio.member"),
    ("presenter", "/webinars/presenters/helen-osei/", None),
    ("discussions", "/discussions/", "ohio.member"),
    ("discussion-space", "/discussions/team-ohio/", "ohio.member"),
    ("closed-team-space", "/discussions/team-ohio/", "missouri.member"),
    ("discussion-thread", "/discussions/team-ohio/threads/4/", "ohio.member"),
    ("discussions-new", "/discussions/new/", "ohio.member"),
    ("discussion-notifications", "/discussions/notifications/", "ohio.member"),
    ("pdsa-cycles", "/teams/ohio/cycles/", "ohio.member"),
    ("pdsa-cycle", "/teams/ohio/cycles/3/", "ohio.lead"),
    ("pdsa-cycle-form", "/teams/ohio/cycles/new/?follows=3", "ohio.lead"),
    ("pdsa-cycle-peer", "/teams/louisiana/cycles/7/", "ohio.member"),
    ("change-idea-testing", f"/toolkit/{PRETERM}/{HARD_STOP}/", "ohio.member"),
    ("workspace", "/teams/lansing-task-force/workspace/", "lansing.organizer"),
    ("workspace-meeting", "/teams/lansing-task-force/meetings/6/", "lansing.organizer"),
    ("workspace-next-meeting", "/teams/lansing-task-force/meetings/7/", "lansing.organizer"),
    ("workspace-rota", "/teams/lansing-task-force/workspace/rota/", "lansing.organizer"),
    ("my-actions", "/accounts/actions/", "lansing.organizer"),
    ("checklists-team", "/teams/great-lakes-womens/checklists/", "admin"),
    ("checklist-team", "/teams/bayou-womens-hospital/checklists/ten-steps-breastfeeding/", "admin"),
    ("checklist-network", "/checklists/ten-steps-breastfeeding/", "admin"),
    ("checklist-coaching", "/checklists/coaching/", "facilitator"),
    ("measures", "/measures/", None),
    ("measure", "/measures/crib-audit-safe-sleep/", None),
    ("team-measures", "/teams/ohio/measures/", "ohio.member"),
    ("measure-chart", "/teams/ohio/measures/crib-audit-safe-sleep/", "ohio.member"),
    ("measure-entry", "/teams/ohio/measures/enter/", "ohio.member"),
    ("measure-review", "/teams/ohio/measures/early-elective-deliveries/", "facilitator"),
    ("measure-network", "/measures/crib-audit-safe-sleep/networks/safe-sleep/", "ohio.member"),
    ("profiles", "/measures/places/", None),
    ("profile-state", "/measures/places/missouri/", None),
    ("profile-county", "/measures/places/missouri/pemiscot/", None),
    ("search", "/search/?q=safe+sleep+disparities", None),
    ("search-filtered", "/search/?q=SIDS&type=change_idea&network=safe-sleep", None),
    ("search-member", "/search/?q=safe+sleep+disparities", "ohio.member"),
    ("search-did-you-mean", "/search/?q=bassinnet", None),
    ("search-nothing", "/search/?q=zebrafish+telemetry", None),
    ("login", "/accounts/login/", None),
    ("signup", "/accounts/signup/", None),
    ("dashboard-lead", "/accounts/", "ohio.lead"),
    ("dashboard-newcomer", "/accounts/", "newcomer"),
    ("profile-form", "/accounts/profile/", "ohio.member"),
]
# Every kind of page again in Spanish (/es/…): translated pages, and English
# ones shown with the note that they are not translated yet.
SPANISH = {
    "home",
    "home-member",
    "network",
    "team",
    "people",
    "toolkit",
    "strategy-area",
    "change-idea",
    "change-ideas-filtered",
    "start-here",
    "case-studies",
    "case-study",
    "resources",
    "resource",
    "share-resource",
    "webinars",
    "webinar-recording",
    "presenter",
    "discussions",
    "discussion-thread",
    "pdsa-cycles",
    "pdsa-cycle",
    "workspace",
    "workspace-meeting",
    "checklist-team",
    "measures",
    "measure-chart",
    "measure-entry",
    "profile-county",
    "search",
    "login",
    "dashboard-lead",
    "profile-form",
}
PAGES += [(f"es-{name}", f"/es{path}", user) for name, path, user in PAGES if name in SPANISH]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="these pages of PAGES only")
    args = parser.parse_args()
    pages = [p for p in PAGES if not args.only or p[0] in args.only]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with demo_site() as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for label, width in WIDTHS.items():
            sessions = {}
            for name, path, username in pages:
                if username not in sessions:
                    context = browser.new_context(viewport={"width": width, "height": 900})
                    page = context.new_page()
                    if username:
                        log_in(page, base_url, username)
                    sessions[username] = page
                page = sessions[username]
                page.goto(base_url + path)
                target = out / f"{name}-{label}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target)
        browser.close()


if __name__ == "__main__":
    main()

"""Page weight and first contentful paint of the main pages, on loopback,
first visit (empty cache), desktop width. Prints a Markdown table for
docs/performance.md.

    python -m bench.page_weight            # serves a fresh demo site itself
    python -m bench.page_weight --quick    # a smoke run: the log-in page once, no demo

`--quick` serves a migrated but empty site and measures one page once: it
checks the bench works, its figures mean nothing.

Loopback hides network latency, so the paint times measure the server and
the browser's work only; the byte counts are what a real first visit
downloads (without compression, which a production proxy adds)."""

import argparse

from playwright.sync_api import sync_playwright

from tests.browser.support import CHROMIUM, CHROMIUM_ARGS, demo_site, log_in

PAGES = [
    ("Home", "/"),
    ("Teams (filtered)", "/teams/?network=safe-sleep"),
    ("Team", "/teams/ohio/"),
    ("Toolkit", "/toolkit/"),
    ("Start here", "/toolkit/start/"),
    ("Strategy area with driver diagram", "/toolkit/safe-sleep/"),
    ("Change idea", "/toolkit/safe-sleep/model-safe-sleep-on-maternity-units/"),
    ("Change ideas (filtered)", "/toolkit/change-ideas/?evidence=promising"),
    ("Case studies", "/case-studies/"),
    ("Case study", "/case-studies/louisiana-haemorrhage-equity/"),
    ("Webinars (filtered)", "/webinars/?network=safe-sleep"),
    ("Webinar recording", "/webinars/expert-webinars/safe-sleep-on-the-unit/"),
    ("Log in", "/accounts/login/"),
    ("Resource library (filtered)", "/resources/?network=safe-sleep"),
    ("Resource with preview", "/resources/1/"),
    ("Search results", "/search/?q=safe+sleep+disparities"),
    ("Search results (filtered)", "/search/?q=SIDS&type=change_idea&network=safe-sleep"),
]
# Pages a member sees, measured signed in (as ohio.member) with an empty cache.
MEMBER_PAGES = [
    ("Discussions", "/discussions/"),
    ("Discussion thread (live)", "/discussions/team-ohio/threads/4/"),
    ("New since you were last here", "/discussions/new/"),
    ("Search results, with team discussions", "/search/?q=safe+sleep+disparities"),
]
QUICK_PAGES = [("Log in", "/accounts/login/")]
RUNS = 3
LIMIT_BYTES = 500 * 1024

MEASURE = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const resources = performance.getEntriesByType("resource");
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const bytes = nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0);
  return {bytes, requests: 1 + resources.length, fcp: paint ? paint.startTime : null};
}"""


def measure(browser, url: str, username: str | None = None, runs: int = RUNS) -> dict:
    samples = []
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        if username:
            log_in(page, url.split("/", 3)[0] + "//" + url.split("/", 3)[2], username)
            # Signing in fetched the stylesheet and scripts: measure a first visit.
            context.new_cdp_session(page).send("Network.clearBrowserCache")
        page.goto(url, wait_until="load")
        page.wait_for_timeout(300)
        samples.append(page.evaluate(MEASURE))
        context.close()
    fcps = sorted(s["fcp"] for s in samples if s["fcp"] is not None)
    return {
        "bytes": max(s["bytes"] for s in samples),
        "requests": max(s["requests"] for s in samples),
        "fcp": fcps[len(fcps) // 2] if fcps else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the log-in page once, no demo")
    args = parser.parse_args()
    # An empty site has the log-in page and no member to sign in as.
    pages, member_pages, runs = (QUICK_PAGES, [], 1) if args.quick else (PAGES, MEMBER_PAGES, RUNS)
    rows = []
    with demo_site(seed=not args.quick) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, path in pages:
            rows.append((name, path, measure(browser, base + path, runs=runs)))
        for name, path in member_pages:
            measured = measure(browser, base + path, "ohio.member", runs=runs)
            rows.append((f"{name}, signed in", path, measured))
        browser.close()
    print(f"| page | transferred (KB) | requests | first contentful paint (ms, median of {runs}) |")
    print("|---|---:|---:|---:|")
    for name, path, r in rows:
        flag = "" if r["bytes"] <= LIMIT_BYTES else " **over 500 KB**"
        fcp = f"{r['fcp']:.0f}" if r["fcp"] is not None else "n/a"
        print(f"| {name} (`{path}`) | {r['bytes'] / 1024:.1f}{flag} | {r['requests']} | {fcp} |")


if __name__ == "__main__":
    main()

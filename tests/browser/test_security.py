"""The Content-Security-Policy in a real browser: what a sanitiser slip
would let into a page is refused, and the suite notices (every browser test
fails on a violation; this one proves the watch sees them)."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import CSP_VIOLATIONS


def _refused(page, script: str) -> bool:
    with page.expect_console_message(lambda m: "Content Security Policy" in m.text):
        ran = page.evaluate(script)
    return ran is False


def test_injected_scripts_and_handlers_do_not_run(page, site_url):
    page.goto(site_url + "/resources/")
    inline = """() => {
        const s = document.createElement('script');
        s.textContent = 'window.injected = true';
        document.body.append(s);
        return window.injected === true;
    }"""
    assert _refused(page, inline)
    handler = """() => {
        const d = document.createElement('div');
        d.innerHTML = '<button id=trap onclick="window.clicked = true">x</button>';
        document.body.append(d);
        document.getElementById('trap').click();
        return window.clicked === true;
    }"""
    assert _refused(page, handler)
    assert len(CSP_VIOLATIONS) >= 2
    CSP_VIOLATIONS.clear()  # seen and meant: the test's own probes


def test_the_api_docs_render_with_nothing_from_another_host(page, site_url):
    """Offline, or behind a firewall, the API's browsable description still
    renders: every script, style, font and image comes from the site."""
    elsewhere: list[str] = []

    def only_the_site(route):
        if route.request.url.startswith(site_url + "/"):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    page.route("**/*", only_the_site)
    page.goto(site_url + "/api/docs/")
    expect(page.get_by_role("heading", name=re.compile("^Collaboratory API"))).to_be_visible()
    expect(page.get_by_text("List and filter resources").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert elsewhere == []

"""The Content-Security-Policy in a real browser: what a sanitiser slip
would let into a page is refused, and the suite notices (every browser test
fails on a violation; this one proves the watch sees them)."""

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

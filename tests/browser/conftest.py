"""The browser suite: Playwright driving the system Chromium against a demo
site served on loopback. It runs as its own pytest invocation (`make test`
does it after the main suite), because Playwright's event loop and the
async consumer tests cannot share a process.

Without Chromium the suite is skipped, loudly; with BROWSER_TESTS=required
(set by CI) a missing Chromium or axe-core fails it instead."""

import os

import pytest

from tests.browser.support import (
    AXE,
    CHROMIUM,
    CHROMIUM_ARGS,
    WIDTHS,
    chromium_available,
    demo_site,
)

REQUIRED = os.environ.get("BROWSER_TESTS", "") == "required"


def pytest_collection_modifyitems(config, items):
    missing = [] if chromium_available() else [f"Chromium ({CHROMIUM})"]
    if not AXE.exists():
        missing.append("axe-core (npm install)")
    if not missing:
        return
    reason = "missing " + " and ".join(missing)
    if REQUIRED:
        raise pytest.UsageError(f"BROWSER_TESTS=required but {reason}")
    for item in items:
        item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def site_url():
    with demo_site() as url:
        yield url


# What the Content-Security-Policy refused during the current test, from
# every page of every context the test opened.
CSP_VIOLATIONS: list[str] = []


def _watch_csp(message) -> None:
    if message.type == "error" and "Content Security Policy" in message.text:
        CSP_VIOLATIONS.append(f"{message.location.get('url', '?')}: {message.text}")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        new_context = browser.new_context

        def watched_context(**kwargs):
            context = new_context(**kwargs)
            context.on("console", _watch_csp)
            return context

        browser.new_context = watched_context
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def no_csp_violations():
    """Every browser test fails on a script, style or frame the policy
    refused: a page that needs an exception says so in collaboratory/security.py."""
    CSP_VIOLATIONS.clear()
    yield
    assert not CSP_VIOLATIONS, "Content-Security-Policy violations:\n" + "\n".join(CSP_VIOLATIONS)


@pytest.fixture(params=list(WIDTHS), ids=list(WIDTHS))
def width(request) -> int:
    return WIDTHS[request.param]


@pytest.fixture
def page(browser, width):
    context = browser.new_context(
        viewport={"width": width, "height": 900},
        accept_downloads=True,
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()

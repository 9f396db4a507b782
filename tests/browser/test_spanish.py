"""A community organizer who reads Spanish uses the site in Spanish, at
desktop and phone widths: the browser's language brings them to /es/, a
Spanish search finds family materials, the newcomer path and the safe-sleep
change ideas are in Spanish, and a message posted in a discussion reaches a
teammate live with its controls in Spanish."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.support import DEMO_PASSWORD
from tests.browser.test_accessibility import _serious_violations


@pytest.fixture
def reader(browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="es-US")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def _open_menu(page) -> None:
    """Below 1152 px the header's links and search fold behind the menu."""
    toggle = page.get_by_role("button", name="Menú")
    if toggle.is_visible():
        toggle.click()


def test_a_spanish_reader_finds_family_materials_and_the_toolkit_in_spanish(reader, site_url):
    reader.goto(site_url + "/")
    expect(reader).to_have_url(re.compile(r"/es/$"))
    assert reader.evaluate("document.documentElement.lang") == "es"
    _open_menu(reader)
    box = reader.locator("#site-search-q")
    expect(reader.locator("label[for=site-search-q]")).to_have_text("Buscar en el Collaboratory")
    box.fill("sueño seguro")
    box.press("Enter")
    expect(reader).to_have_url(re.compile(r"/es/search/\?q="))
    expect(
        reader.get_by_role("link", name="Sueño seguro: el ABC para las familias")
    ).to_be_visible()

    reader.goto(site_url + "/es/toolkit/start/")
    expect(reader.get_by_role("heading", level=1)).to_have_text("Empiece aquí")
    assert _serious_violations(reader) == []

    reader.goto(site_url + "/es/toolkit/safe-sleep/")
    expect(reader.locator(".untranslated-note")).to_have_count(0)
    reader.get_by_role(
        "link", name="Mostrar el sueño seguro en cada unidad de maternidad"
    ).first.click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(
        "Mostrar el sueño seguro en cada unidad de maternidad"
    )
    expect(reader.locator(".untranslated-note")).to_have_count(0)
    assert _serious_violations(reader) == []


def test_a_message_reaches_a_teammate_worded_in_spanish(browser, width, site_url):
    pages = []
    for username in ("ohio.lead", "ohio.member"):
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="es-US")
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(f"{site_url}/es/accounts/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", DEMO_PASSWORD)
        page.get_by_role("button", name="Iniciar sesión").click()
        page.wait_for_url(lambda url: "/accounts/login/" not in url)
        pages.append(page)
    lead, member = pages
    lead.goto(site_url + "/es/discussions/team-ohio/")
    lead.get_by_role("link", name=re.compile("weekly data huddle", re.I)).first.click()
    member.goto(lead.url)
    expect(member.get_by_text("Aquí ahora:")).to_be_visible()

    text = f"Hola equipo, {uuid.uuid4().hex[:6]}"
    lead.get_by_label("Mensaje").fill(text)
    lead.get_by_role("button", name="Enviar").click()
    arrived = member.locator(".msg", has_text=text)
    expect(arrived).to_be_visible()
    expect(arrived.get_by_text("Reaccionar a este mensaje")).to_have_count(1)
    for page in pages:
        page.context.close()

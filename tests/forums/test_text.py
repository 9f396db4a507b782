"""What a message's Markdown becomes: hostile input comes back inert,
whichever way it was posted; mentions, bare links and cards work."""

from html.parser import HTMLParser

import pytest

from forums.services.messages import post_message
from forums.text import render_message
from kernel.markdown import ALLOWED_TAGS, HEADING_TAGS

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    "<svg><script>alert(1)</script></svg>",
    '<svg onload="alert(1)"></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<iframe src="https://evil.example"></iframe>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<a href="https://ok.example" onclick="alert(1)">ok</a>',
    "<<script>script>alert(1)<</script>/script>",
    '"><img src=x onerror=alert(1)>',
    "<details open ontoggle=alert(1)>",
    "<form action=javascript:alert(1)><button>go</button></form>",
    "<body onload=alert(1)>",
    '[a](https://ok.example "title" onmouseover=alert(1))',
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
    "<object data=javascript:alert(1)>",
    "<base href=javascript:alert(1)//>",
    "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
    "<!--<img src=x onerror=alert(1)>-->",
    "<style>@import 'https://evil.example/x.css'</style>",
]

# What the renderer may ever emit in a message (headings are off there).
SAFE_TAGS = ALLOWED_TAGS - HEADING_TAGS


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def assert_inert(html: str) -> None:
    """Escaped text (&lt;script&gt;) may remain; a live element outside the
    safe set, an event handler or a script address may not."""
    parser = Elements()
    parser.feed(html)
    for tag, attrs in parser.found:
        assert tag in SAFE_TAGS, html
        assert not [name for name in attrs if name.startswith("on") or name == "style"], html
        for name in ("href", "src", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value or value.startswith(("http://", "https://", "mailto:", "/", "#")), html


@pytest.mark.django_db
@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_markdown_renders_inert(payload):
    assert_inert(render_message(payload).html)


@pytest.mark.django_db
def test_hostile_input_through_the_service_is_stored_inert(world, thread):
    for payload in HOSTILE:
        message, _ = post_message(world.people.member, thread, payload, rate_limited=False)
        assert message.body == payload  # the words are kept as written
        assert_inert(message.body_html)


@pytest.mark.django_db
def test_headings_are_off_but_the_rest_of_markdown_works():
    html = render_message("# Not a heading\n\n- one\n- two\n\n> quoted\n\n**bold** `code`").html
    assert "<h" not in html
    assert "# Not a heading" in html
    assert "<ul>" in html and "<blockquote>" in html and "<strong>bold</strong>" in html
    assert "<code>code</code>" in html


@pytest.mark.django_db
def test_bare_addresses_become_links_but_not_inside_code():
    html = render_message("See https://safetosleep.nichd.nih.gov/. And `https://x.example/a`").html
    assert (
        '<a href="https://safetosleep.nichd.nih.gov/" rel="noopener noreferrer nofollow">' in html
    )
    assert "<code>https://x.example/a</code>" in html


@pytest.mark.django_db
def test_mentions_link_people_teams_and_states(world):
    rendered = render_message(
        "Thanks @teammate, @team-ohio and @state-ohio. Not @nobody, not a@b.org"
    )
    assert '<a href="/people/teammate/"' in rendered.html
    assert '<a href="/teams/ohio/"' in rendered.html
    assert '<a href="/states/ohio/"' in rendered.html
    assert "@nobody" in rendered.html and "/people/nobody" not in rendered.html
    assert [p.username for p in rendered.people] == ["teammate"]
    assert [t.slug for t in rendered.teams] == ["ohio"]
    assert [j.slug for j in rendered.jurisdictions] == ["ohio"]


@pytest.mark.django_db
def test_links_to_the_library_become_cards_only_for_those_who_may_open_them(world, thread):
    from forums.events import cards_for
    from resources.factories import ResourceFactory
    from resources.models import Visibility

    public = ResourceFactory(title="Crib audit tool", visibility=Visibility.PUBLIC, live=True)
    private = ResourceFactory(
        title="Ohio huddle notes", visibility=Visibility.TEAM, team=world.teams.ohio, live=True
    )
    site = "http://127.0.0.1:8000"
    body = f"See {site}{public.get_absolute_url()} and [notes]({site}/resources/{private.pk}/)"
    message, _ = post_message(world.people.member, thread, body)
    assert message.cards == [
        {"kind": "resource", "id": public.pk},
        {"kind": "resource", "id": private.pk},
    ]
    titles = lambda viewer: [c["title"] for c in cards_for([message], viewer)[message.pk]]  # noqa: E731
    assert titles(world.people.lead) == ["Crib audit tool", "Ohio huddle notes"]
    assert titles(world.people.coach) == ["Crib audit tool"]


# The site answers on SITE_URL (127.0.0.1:8000 in the tests) and on every
# host of ALLOWED_HOSTS (testserver, localhost, 127.0.0.1), on any port.
OWN_ADDRESSES = [
    "http://localhost:8000",  # copied from the browser under `make run`
    "http://localhost:8001",
    "https://127.0.0.1",
    "http://testserver",
    "HTTP://LOCALHOST:8000",
    "http://someone@localhost:8000",  # the browser goes to localhost
    "",  # a relative link
]
OTHER_ADDRESSES = [
    "https://elsewhere.example",
    "http://localhost.elsewhere.example",
    "http://localhost:8000@elsewhere.example",  # user info, then the real host
    "//elsewhere.example",
    "ftp://localhost",
]


@pytest.mark.django_db
@pytest.mark.parametrize("address", OWN_ADDRESSES)
def test_a_link_to_the_site_on_any_of_its_hosts_becomes_a_card(world, thread, address):
    from resources.factories import ResourceFactory

    guide = ResourceFactory(title="Crib audit tool", live=True)
    message, _ = post_message(
        world.people.member, thread, f"[guide]({address}/resources/{guide.pk}/)"
    )
    assert message.cards == [{"kind": "resource", "id": guide.pk}]


@pytest.mark.django_db
@pytest.mark.parametrize("address", OTHER_ADDRESSES)
def test_the_same_path_on_another_site_is_no_card(world, thread, address):
    from resources.factories import ResourceFactory

    guide = ResourceFactory(title="Crib audit tool", live=True)
    message, _ = post_message(world.people.member, thread, f"[x]({address}/resources/{guide.pk}/)")
    assert message.cards == []


@pytest.mark.django_db
def test_allowed_host_patterns_follow_django_and_a_bare_star_names_no_host(world, thread, settings):
    from resources.factories import ResourceFactory

    guide = ResourceFactory(title="Crib audit tool", live=True)
    path = f"/resources/{guide.pk}/"
    settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = "https://collab.example.org"
    settings.ALLOWED_HOSTS = [".teams.example.org", "*"]
    cards = lambda url: post_message(world.people.member, thread, url)[0].cards  # noqa: E731
    assert cards(f"https://collab.example.org:8443{path}")  # SITE_URL's host, another port
    assert cards(f"https://ohio.teams.example.org{path}")  # a subdomain the pattern allows
    assert cards(f"https://teams.example.org{path}")
    assert not cards(f"https://teams.example.org.elsewhere.example{path}")
    assert not cards(f"https://elsewhere.example{path}")  # "*" accepts it, names it not ours


@pytest.mark.django_db
def test_a_link_on_another_host_to_something_private_shows_only_to_who_may_open_it(world, thread):
    from forums.events import cards_for
    from resources.factories import ResourceFactory
    from resources.models import Visibility

    private = ResourceFactory(
        title="Ohio huddle notes", visibility=Visibility.TEAM, team=world.teams.ohio, live=True
    )
    body = f"Notes: http://localhost:8000/resources/{private.pk}/"
    message, _ = post_message(world.people.member, thread, body)
    assert message.cards == [{"kind": "resource", "id": private.pk}]
    titles = lambda viewer: [c["title"] for c in cards_for([message], viewer)[message.pk]]  # noqa: E731
    assert titles(world.people.lead) == ["Ohio huddle notes"]
    assert titles(world.people.coach) == []
    assert cards_for([message])[message.pk] == []  # the thread's own rule: every reader

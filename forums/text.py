"""What a message's Markdown becomes: sanitised HTML with bare addresses
linked and @mentions resolved, plus the people, teams and states it
mentions and the site content it links to (shown as cards)."""

import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.urls import Resolver404, resolve, reverse
from django.utils.safestring import SafeString

from community.models import Jurisdiction, Team
from kernel.links import own_path
from kernel.markdown import render_markdown

# Code (fenced blocks and `inline spans`) is left exactly as written.
CODE = re.compile(r"(```.*?```|~~~.*?~~~|`[^`\n]+`)", re.DOTALL)
BARE_URL = re.compile(r"(?<![(<\[\w/=\"'])(https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"])")
MENTION = re.compile(r"(?<![\w@/\[])@([A-Za-z0-9][\w.-]*[A-Za-z0-9]|[A-Za-z0-9])")
LINK_TARGET = re.compile(r"\]\(([^)\s]+)\)|<(https?://[^>\s]+)>|(https?://[^\s<>()\[\]]+)")


@dataclass
class RenderedMessage:
    html: SafeString
    people: list = field(default_factory=list)
    teams: list = field(default_factory=list)
    jurisdictions: list = field(default_factory=list)
    cards: list[dict] = field(default_factory=list)


def _outside_code(text: str, change) -> str:
    parts = CODE.split(text)
    return "".join(part if i % 2 else change(part) for i, part in enumerate(parts))


def _mentioned(text: str) -> tuple[dict, dict, dict]:
    names = {name.rstrip(".-") for name in MENTION.findall(CODE.sub("", text))}
    team_slugs = {n.removeprefix("team-") for n in names if n.startswith("team-")}
    state_slugs = {n.removeprefix("state-") for n in names if n.startswith("state-")}
    if not names:
        return {}, {}, {}
    people = {
        user.username.lower(): user
        for user in get_user_model()
        .objects.filter(username__in=names, is_active=True)
        .select_related("profile")
    }
    teams = {t.slug: t for t in Team.objects.filter(slug__in=team_slugs)}
    states = {j.slug: j for j in Jurisdiction.objects.filter(slug__in=state_slugs)}
    return people, teams, states


def _link_mentions(text: str, people: dict, teams: dict, states: dict) -> str:
    def link(match: re.Match) -> str:
        name = match.group(1).rstrip(".-")
        rest = match.group(1)[len(name) :]
        if name.lower() in people:
            url = reverse("person_detail", args=[people[name.lower()].username])
        elif name.startswith("team-") and name[5:] in teams:
            url = teams[name[5:]].get_absolute_url()
        elif name.startswith("state-") and name[6:] in states:
            url = states[name[6:]].get_absolute_url()
        else:
            return match.group(0)
        return f"[@{name}]({url}){rest}"

    return MENTION.sub(link, text)


def _card_for(path: str) -> dict | None:
    from wagtail.models import Page, Site

    try:
        match = resolve(path)
    except Resolver404:
        return None
    if match.view_name in ("resources:detail", "resources:detail_short"):
        return {"kind": "resource", "id": int(match.kwargs["pk"])}
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    url_path = site.root_page.url_path + path.strip("/") + "/"
    page = Page.objects.filter(url_path=url_path.replace("//", "/")).only("pk", "depth").first()
    return {"kind": "page", "id": page.pk} if page and page.depth > 2 else None


def _cards(text: str) -> list[dict]:
    cards: list[dict] = []
    for groups in LINK_TARGET.findall(CODE.sub("", text)):
        path = own_path(next(g for g in groups if g))
        card = _card_for(path) if path else None
        if card and card not in cards:
            cards.append(card)
    return cards[:5]


def render_message(body: str) -> RenderedMessage:
    people, teams, states = _mentioned(body)

    def prepare(part: str) -> str:
        part = BARE_URL.sub(r"<\1>", part)
        return _link_mentions(part, people, teams, states)

    html = render_markdown(_outside_code(body, prepare), headings=False)
    return RenderedMessage(
        html=html,
        people=list(people.values()),
        teams=list(teams.values()),
        jurisdictions=list(states.values()),
        cards=_cards(body),
    )

"""What the search benchmark searches besides the library: recorded
webinars with time-coded transcripts and discussion threads in every space.
Run after `seed_demo` and `generate_corpus`, then `search_index`:

    generate_search_corpus --webinars 300 --moments 40 --messages 60000 --seed 1

Webinar pages are added one by one (Wagtail's page tree needs it: 300
saves), but their transcript lines, threads and messages are bulk inserts
with no signals, so nothing is indexed until `search_index` runs. Each
webinar's transcript is cut into lines 15 s apart, which search groups into
45-second moments (`--moments` of them per recording). Messages take each
space's next sequence numbers, as posting would, and the spaces' counters
are moved on.

It lives with the discussions, the app that may build on all the others
(the library's words, the webinars' pages): the search app knows none of
the content it finds."""

import random
import time
from datetime import timedelta
from html import escape

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag

from community.models import LearningNetwork, Membership
from forums.models import Message, Space, Thread
from forums.services import ensure_standard_spaces
from resources.management.commands.generate_corpus import (
    FORMS,
    PLACES,
    SENTENCES,
    SUBJECTS,
    TOPICS,
    progress_line,
)
from webinars.models import Person, TranscriptSegment, WebinarPage, WebinarSeriesPage
from webinars.models.pages import WebinarTag
from webinars.search_documents import MOMENT_SECONDS

BATCH = 2000
LINE_SECONDS = 15  # a transcript line every 15 s: three lines to a moment
LINES_PER_MOMENT = MOMENT_SECONDS // LINE_SECONDS

ANGLES = [
    "what worked on the unit",
    "lessons from the first year",
    "spreading it statewide",
    "measuring what matters",
    "the family's view",
    "rural and frontier teams",
    "closing the equity gap",
    "sustaining the gains",
    "from pilot to policy",
    "working with payers",
]
SPOKEN = [
    "So the first thing we did was look at our {subject} data by county.",
    "We started small, with one {form}, on one unit, for two weeks.",
    "Honestly, the hardest part of {subject} was getting the night shift on board.",
    "If you take one thing away today, make it the {form}; it is in the library.",
    "Our {places} told us the {subject} message had to be simpler.",
    "We stratified every {subject} measure by race and ethnicity and by payer.",
    "A question in the chat: how did you pay for the {form}?",
    "The run chart shows {subject} improving after the third PDSA cycle.",
    "Families asked for the {subject} materials in Spanish, so we translated them.",
    "Our doulas and community health workers carried the {subject} work home.",
    "We linked {subject} to the postpartum visit, and the no-show rate dropped.",
    "The perinatal quality collaborative reviewed our {subject} results every month.",
    "Let me share my screen and walk you through the {form}.",
    "What surprised us most about {subject} was how fast the {places} adopted it.",
]
OPENERS = [
    "Has anyone used a {form} for {subject} with {places}?",
    "Looking for a {subject} {form} we can adapt this quarter.",
    "How are your {places} handling {subject} since the new guidance?",
    "Sharing our {subject} {form}, comments welcome.",
    "Question about {subject} measures for the next data call.",
    "Our {subject} numbers dipped last month. Ideas?",
]
REPLIES = [
    "We tried that with our {places}; the {form} helped a lot.",
    "Thanks! Could you post the {subject} {form} to the library?",
    "Same here. Our {subject} data lag by a quarter, so we track process measures.",
    "Our doula program made the biggest difference for {subject}.",
    "I'd start with one unit and a two-week PDSA cycle on {subject}.",
    "+1, and loop in the WIC office early for {subject}.",
    "We presented this at the webinar last spring; the slides cover {subject}.",
    "Be careful with the denominator: {subject} counts changed when we moved to the new EHR.",
]
TITLE_PATTERNS = [
    "{Subject}: {form} for {places}",
    "Question: {subject} and {places}",
    "{Subject} data call",
    "Adapting the {subject} {form}",
    "What's working for {subject}?",
]


def fill(pattern: str, rng) -> str:
    subject = rng.choice(SUBJECTS)
    return pattern.format(
        subject=subject,
        Subject=subject[0].upper() + subject[1:],
        form=rng.choice(FORMS),
        places=rng.choice(PLACES),
    )


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--webinars", type=int, default=300)
        parser.add_argument("--moments", type=int, default=40, help="Per webinar.")
        parser.add_argument("--messages", type=int, default=60000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, webinars: int, moments: int, messages: int, seed: int, **options):
        if min(webinars, moments, messages) < 0:
            raise CommandError("Counts must not be negative.")
        rng = random.Random(seed)
        series = list(WebinarSeriesPage.objects.order_by("pk"))
        members = list(Membership.objects.values_list("user_id", "team_id"))
        if not series or not members:
            raise CommandError("Run seed_demo and generate_corpus first.")
        ensure_standard_spaces()
        self.stdout.write(f"Creating {webinars:,} recorded webinars…")
        self.webinars(rng, webinars, moments, series, seed)
        self.stdout.write(f"\nCreating {messages:,} discussion messages…")
        self.messages(rng, messages, members)
        self.stdout.write(self.style.SUCCESS("\nDone. Now run search_index."))

    def progress(self, done: int, total: int, started: float) -> None:
        self.stdout.write(progress_line(done, total, started), ending="")
        self.stdout.flush()

    # --- webinars ---------------------------------------------------------

    def webinars(self, rng, count: int, moments: int, series, seed: int) -> None:
        people = list(Person.objects.all())
        networks = list(LearningNetwork.objects.all())
        tags = [
            Tag.objects.get_or_create(slug=t, defaults={"name": t.replace("-", " ")})[0]
            for t in TOPICS
        ]
        started = time.monotonic()
        lines: list[TranscriptSegment] = []
        for n in range(count):
            subject = rng.choice(SUBJECTS)
            title = f"{subject[0].upper() + subject[1:]}: {rng.choice(ANGLES)}"
            page = WebinarPage(
                title=title,
                slug=f"{slugify(title)[:60]}-{seed}-{n}",
                starts_at=timezone.now() - timedelta(days=rng.randint(7, 365 * 6)),
                duration_minutes=60,
                video_url=f"https://example.org/recordings/{seed}-{n}.webm",
                abstract="".join(
                    f"<p>{escape(rng.choice(SENTENCES))}</p>" for _ in range(rng.randint(2, 4))
                )
                + f"<p>A conversation on {escape(subject)} for {rng.choice(PLACES)}.</p>",
            )
            page.presenters = rng.sample(people, min(len(people), rng.choice((1, 2, 3))))
            page.networks = rng.sample(networks, rng.choice((1, 1, 2)))
            rng.choice(series).add_child(instance=page)
            WebinarTag.objects.bulk_create(
                WebinarTag(content_object_id=page.pk, tag_id=t.pk)
                for t in rng.sample(tags, rng.choice((1, 2)))
            )
            lines += self.transcript(rng, page, subject, moments)
            if len(lines) >= BATCH:
                TranscriptSegment.objects.bulk_create(lines)
                lines = []
            self.progress(n + 1, count, started)
        TranscriptSegment.objects.bulk_create(lines)

    def transcript(self, rng, page, subject: str, moments: int) -> list[TranscriptSegment]:
        """Lines on the webinar's subject, now and then on a neighbouring one."""
        lines = []
        for position in range(moments * LINES_PER_MOMENT):
            topic = subject if rng.random() < 0.7 else rng.choice(SUBJECTS)
            text = rng.choice(SPOKEN).format(
                subject=topic, form=rng.choice(FORMS), places=rng.choice(PLACES)
            )
            if rng.random() < 0.3:
                text += " " + rng.choice(SENTENCES)
            start = float(position * LINE_SECONDS)
            lines.append(
                TranscriptSegment(
                    webinar_id=page.pk,
                    position=position,
                    start=start,
                    end=start + LINE_SECONDS - 0.5,
                    text=text,
                )
            )
        return lines

    # --- discussions ------------------------------------------------------

    def messages(self, rng, count: int, members) -> None:
        spaces = list(Space.objects.order_by("pk"))
        by_team: dict[int, list[int]] = {}
        for user_id, team_id in members:
            by_team.setdefault(team_id, []).append(user_id)
        everyone = [user_id for user_id, _ in members]
        # The whole collaborative and the networks talk most; teams talk among themselves.
        weights = {"collaborative": 8, "network": 4, "jurisdiction": 2, "team": 1, "group": 1}
        chosen = rng.choices(spaces, weights=[weights[s.kind] for s in spaces], k=count)
        per_space: dict[int, int] = {}
        for space in chosen:
            per_space[space.pk] = per_space.get(space.pk, 0) + 1
        started, made = time.monotonic(), 0
        for space in spaces:
            wanted = per_space.get(space.pk, 0)
            if not wanted:
                continue
            authors = by_team.get(space.team_id) or everyone
            for threads in self.conversations(rng, space, wanted, authors):
                made += self.write(space, threads)
                self.progress(made, count, started)

    def conversations(self, rng, space, wanted: int, authors):
        """Batches of (thread, [(author, body, posted)]) for one space, each
        thread's replies spread over the days after it was started."""
        now, done, batch = timezone.now(), 0, []
        while done < wanted:
            size = min(wanted - done, rng.choice((1, 2, 3, 5, 8, 13, 20)))
            done += size
            opened = now - timedelta(days=rng.uniform(1, 365 * 4))
            thread = Thread(
                space_id=space.pk,
                title=fill(rng.choice(TITLE_PATTERNS), rng)[:200],
                author_id=rng.choice(authors),
                created_at=opened,
                message_count=size,
            )
            posts, at = [], opened
            for i in range(size):
                body = fill(rng.choice(REPLIES if i else OPENERS), rng)
                if rng.random() < 0.5:
                    body += " " + rng.choice(SENTENCES)
                posts.append((rng.choice(authors) if i else thread.author_id, body, at))
                at += timedelta(hours=rng.uniform(0.2, 72))
            thread.last_activity_at = posts[-1][2]
            batch.append((thread, posts))
            if len(batch) >= BATCH // 10:
                yield batch
                batch = []
        if batch:
            yield batch

    def write(self, space: Space, threads) -> int:
        with transaction.atomic():
            # Take the space's numbers as posting would: under its row lock.
            last = Space.objects.select_for_update().get(pk=space.pk).last_sequence
            created = Thread.objects.bulk_create([thread for thread, _ in threads])
            rows = [
                Message(
                    space_id=space.pk,
                    thread_id=thread.pk,
                    author_id=author,
                    body=body,
                    body_html=f"<p>{escape(body)}</p>",
                    created_at=at,
                    sequence=0,
                    changed_sequence=0,
                )
                for thread, (_, posts) in zip(created, threads, strict=True)
                for author, body, at in posts
            ]
            rows.sort(key=lambda message: message.created_at)
            for number, message in enumerate(rows, start=last + 1):
                message.sequence = message.changed_sequence = number
            Message.objects.bulk_create(rows, batch_size=BATCH)
            Space.objects.filter(pk=space.pk).update(last_sequence=F("last_sequence") + len(rows))
        return len(rows)

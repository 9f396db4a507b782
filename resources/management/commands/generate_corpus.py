"""A large, realistic synthetic library for benchmarks and load tests:
`generate_corpus --resources 140000 --users 7000 --seed 1`.

Rows are written with bulk inserts in batches (no per-row signals, no file
storage: shares are links, and about a third carry text as if extracted from
a file), so 140,000 resources take minutes on two cores."""

import random
import time
from contextlib import contextmanager
from datetime import timedelta
from itertools import islice

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from taggit.models import Tag

from community.models import Jurisdiction, LearningNetwork, Membership, Profile, Team
from resources.models import Audience, Resource, ResourceKind, ResourceTag, Visibility
from search import indexing

User = get_user_model()
BATCH = 2000

SUBJECTS = [
    "safe sleep",
    "breastfeeding",
    "tobacco cessation",
    "postpartum contraception",
    "early elective delivery",
    "preterm birth",
    "levels of care",
    "maternal hemorrhage",
    "hypertension in pregnancy",
    "social needs screening",
    "doula support",
    "home visiting",
    "prenatal care access",
    "birth spacing",
    "fatality review",
    "NICU discharge",
    "substance use in pregnancy",
    "WIC referral",
    "Medicaid coverage",
    "community health workers",
]
FORMS = [
    "checklist",
    "toolkit",
    "protocol",
    "data brief",
    "training module",
    "fact sheet",
    "policy template",
    "run chart workbook",
    "family handout",
    "webinar slides",
    "case report",
    "driver diagram",
    "PDSA worksheet",
    "implementation guide",
    "evaluation plan",
]
PLACES = ["hospital units", "county hubs", "state teams", "clinics", "home visitors", "payers"]
SENTENCES = [
    "Teams tested it on one unit before spreading it across the state.",
    "The measures are stratified by race and ethnicity, county and payer.",
    "Community organizers co-designed the materials with families.",
    "Baseline data came from vital records and hospital discharge files.",
    "Each PDSA cycle lasted two weeks and was tracked on a run chart.",
    "Nurses reported the change took less than five minutes per patient.",
    "The quitline called back within two days of every fax referral.",
    "Transfers of very low birth weight infants to level III units rose steadily.",
    "Leaders reviewed the results monthly with the perinatal quality collaborative.",
    "Families received the message in English and Spanish.",
]
# Slugs: a search document's facet keys are separated by spaces.
TOPICS = sorted({s.replace(" ", "-") for s in SUBJECTS} | {"equity", "data", "quality-improvement"})


@contextmanager
def spread_over_time():
    """Let the corpus keep its invented creation dates (spread over ten
    years) instead of the auto_now stamps of the moment of insertion."""
    fields = [Resource._meta.get_field(name) for name in ("created_at", "updated_at")]
    saved = [(f.auto_now, f.auto_now_add) for f in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, (auto_now, auto_now_add) in zip(fields, saved, strict=True):
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def progress_line(done: int, total: int, started: float) -> str:
    width = 40
    filled = int(width * done / total) if total else width
    rate = done / max(time.monotonic() - started, 1e-6)
    return f"\r  [{'#' * filled}{'.' * (width - filled)}] {done:>7,}/{total:,} ({rate:,.0f}/s)"


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--resources", type=int, required=True)
        parser.add_argument("--users", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, resources: int, users: int, seed: int, **options):
        if resources < 0 or users < 0:
            raise CommandError("--resources and --users must not be negative.")
        rng = random.Random(seed)
        teams = list(Team.objects.all())
        networks = list(LearningNetwork.objects.all())
        if not teams or not networks:
            raise CommandError("Run seed_demo first: the corpus is shared by its teams.")
        self.stdout.write(f"Creating {users:,} members…")
        members = self.members(rng, users, teams, seed)
        self.stdout.write(f"\nCreating {resources:,} resources…")
        with spread_over_time():
            self.resources(rng, resources, members, teams, networks)
        self.stdout.write(self.style.SUCCESS("\nDone."))

    def progress(self, done: int, total: int, started: float) -> None:
        self.stdout.write(progress_line(done, total, started), ending="")
        self.stdout.flush()

    def members(self, rng, count: int, teams, seed: int) -> list[tuple[int, int]]:
        """(user id, team id) pairs of new members."""
        started = time.monotonic()
        pairs = []
        for start in range(0, count, BATCH):
            size = min(BATCH, count - start)
            with transaction.atomic():
                created = User.objects.bulk_create(
                    User(
                        username=f"corpus-{seed}-{start + i}",
                        email=f"c{seed}-{start + i}@example.org",
                        password="!",
                        is_active=True,
                    )
                    for i in range(size)
                )
                Profile.objects.bulk_create(
                    Profile(
                        user=user, display_name=f"Member {user.username[7:]}", email_confirmed=True
                    )
                    for user in created
                )
                memberships = [Membership(user=u, team=rng.choice(teams)) for u in created]
                Membership.objects.bulk_create(memberships)
            pairs += [(m.user_id, m.team_id) for m in memberships]
            self.progress(start + size, count, started)
        return pairs

    def resources(self, rng, count: int, members, teams, networks) -> None:
        jurisdictions = list(Jurisdiction.objects.values_list("pk", flat=True))
        audiences = list(Audience.objects.values_list("pk", flat=True))
        tags = [
            Tag.objects.get_or_create(slug=t, defaults={"name": t.replace("-", " ")})[0]
            for t in TOPICS
        ]
        kinds = ResourceKind.values
        year_now = timezone.localdate().year
        started = time.monotonic()
        made = 0
        rows = (self.row(rng, n, members, teams, kinds, year_now) for n in range(count))
        while made < count:
            batch = list(islice(rows, BATCH))
            with transaction.atomic():
                created = Resource.objects.bulk_create(batch)
                Resource.networks.through.objects.bulk_create(
                    Resource.networks.through(resource_id=r.pk, learningnetwork_id=n.pk)
                    for r in created
                    for n in rng.sample(networks, rng.choice((1, 1, 2)))
                )
                Resource.jurisdictions.through.objects.bulk_create(
                    Resource.jurisdictions.through(resource_id=r.pk, jurisdiction_id=j)
                    for r in created
                    for j in rng.sample(jurisdictions, rng.choice((0, 1, 1, 2)))
                )
                Resource.audiences.through.objects.bulk_create(
                    Resource.audiences.through(resource_id=r.pk, audience_id=a)
                    for r in created
                    for a in rng.sample(audiences, rng.choice((1, 2)))
                )
                ResourceTag.objects.bulk_create(
                    ResourceTag(content_object_id=r.pk, tag_id=t.pk)
                    for r in created
                    for t in rng.sample(tags, rng.choice((1, 2, 3)))
                )
                # bulk_create sends no post_save: their search documents
                # (the library's keyword box reads them) are built here.
                indexing.update_now(Resource, [r.pk for r in created])
            made += len(created)
            self.progress(made, count, started)

    def row(self, rng, n: int, members, teams, kinds, year_now: int) -> Resource:
        subject, form = rng.choice(SUBJECTS), rng.choice(FORMS)
        user_id, team_id = rng.choice(members) if members else (None, rng.choice(teams).pk)
        text = ""
        if rng.random() < 0.33:  # as if extracted from an uploaded file
            text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(8, 30)))
        created = timezone.now() - timedelta(days=rng.randint(0, 3650))
        return Resource(
            title=f"{subject.capitalize()} {form} for {rng.choice(PLACES)} #{n}",
            summary=f"A {form} on {subject} that {rng.choice(PLACES)} used. "
            + rng.choice(SENTENCES),
            kind=rng.choice(kinds),
            external_url=f"https://example.org/library/{n}",
            language=rng.choices(("en", "es", "other"), weights=(85, 12, 3))[0],
            year_published=rng.randint(year_now - 12, year_now),
            team_id=team_id,
            contributor_id=user_id,
            visibility=rng.choices(
                (Visibility.PUBLIC, Visibility.MEMBERS, Visibility.TEAM), weights=(70, 20, 10)
            )[0],
            live=rng.random() < 0.95,
            withdrawn=rng.random() < 0.01,
            file_text=text,
            created_at=created,
            updated_at=created,
        )

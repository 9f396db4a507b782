"""What search keeps: one row per thing it can find, the words it may
suggest, the editors' synonyms, and an anonymous tally of what people ask."""

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class Kind(models.TextChoices):
    """What a hit is, in the words the results page uses."""

    RESOURCE = "resource", _("Resources")
    CHANGE_IDEA = "change_idea", _("Change ideas")
    STRATEGY_AREA = "strategy_area", _("Strategy areas")
    CASE_STUDY = "case_study", _("Case studies")
    WEBINAR = "webinar", _("Webinars")
    MOMENT = "moment", _("Moments in recordings")
    PRESENTER = "presenter", _("Presenters")
    TEAM = "team", _("Teams")
    MEASURE = "measure", _("Measures")
    MESSAGE = "message", _("Discussions")
    PDSA_CYCLE = "pdsa_cycle", _("PDSA cycles")


class SearchDocument(models.Model):
    """One thing search can find, flattened from its source: what it says,
    where it lives, who may open it and how it is filtered.

    `access` and `facets` are keys between spaces (" public team=12 ";
    " network=safe-sleep year=2024 "), indexed as arrays on PostgreSQL. On
    PostgreSQL three stored vectors serve matching and ranking (everything),
    telling a title hit cheaply (title, stemmed) and autocomplete
    (title words, unstemmed, for prefixes); the stems are the row's
    `language`'s (search.languages).
    Only what a viewer could open from a listing is written here: drafts,
    withdrawn resources, hidden threads and deleted messages have no row."""

    key = models.CharField(max_length=80, unique=True, help_text='e.g. "resource:12"')
    owner = models.CharField(
        max_length=80, db_index=True, help_text='The object it comes from, e.g. "page:7".'
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=300, blank=True, help_text="Searched, weighted most.")
    heading = models.CharField(max_length=300, help_text="Shown as the hit's link.")
    context = models.CharField(max_length=300, blank=True, help_text="Where it sits.")
    url = models.CharField(max_length=500)
    text = models.TextField(blank=True)
    file_text = models.TextField(blank=True, help_text="Text inside a file; pages split by \\f.")
    file_name = models.CharField(max_length=255, blank=True)
    date = models.DateTimeField(null=True, blank=True)
    boost = models.FloatField(default=1.0)
    language = models.CharField(
        max_length=2,
        default="en",
        help_text='What its words are stemmed as: "es" (Spanish) or "en" (everything else).',
    )
    access = models.CharField(max_length=2000)
    facets = models.CharField(max_length=2000, blank=True)
    search_vector = SearchVectorField(null=True, editable=False)
    title_vector = SearchVectorField(null=True, editable=False)
    title_words = SearchVectorField(null=True, editable=False)

    class Meta:
        indexes = [models.Index(fields=["kind"])]

    def __str__(self) -> str:
        return self.key


class TallyGroup(models.Model):
    """The documents of one source (`prefix`, e.g. "resource") that open to
    the same access keys: what `FacetTally` counts within. Few rows (one per
    team with team-only documents), so a viewer's groups are found by their
    keys before any tally is read."""

    prefix = models.CharField(max_length=40)
    access = models.CharField(max_length=2000)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["prefix", "access"], name="search_tally_group_unique")
        ]

    def __str__(self) -> str:
        return f"{self.prefix} {self.access.strip()}"


class FacetTally(models.Model):
    """How many documents of a group hold both facet keys `first` and
    `second` (`first` <= `second`; a key with itself counts the documents
    holding it). Kept in step by every change of those documents
    (search.tallies), so a listing without words reads its facet counts
    here instead of counting its results."""

    group = models.ForeignKey(TallyGroup, on_delete=models.CASCADE, related_name="tallies")
    first = models.CharField(max_length=300)
    second = models.CharField(max_length=300)
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "first", "second"], name="search_tally_unique")
        ]

    def __str__(self) -> str:
        return f"{self.group}: {self.first} & {self.second} = {self.n}"


class UnsentChange(models.Model):
    """A document the cluster was not told about because it was away: sent
    again (indexed if its row exists, removed if not) by the next change
    that reaches the cluster, or by `manage.py search_catch_up`."""

    key = models.CharField(max_length=80, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.key}, unsent since {self.created_at:%Y-%m-%d %H:%M}"


class SearchTerm(models.Model):
    """A word that "did you mean" may offer: taken only from public content,
    so a suggestion never reveals what a viewer may not open."""

    word = models.CharField(max_length=60, unique=True)
    documents = models.PositiveIntegerField(default=0)
    collaborative = models.BooleanField(
        default=False,
        help_text="One of the collaborative's own words (in a public title or a topic's"
        " name): preferred when respelling.",
    )

    def __str__(self) -> str:
        return self.word


class Synonym(index.Indexed, models.Model):
    """Words that mean the same to the collaborative: a search for one finds
    the others (SUID, sudden unexpected infant death, SIDS, safe sleep)."""

    terms = models.TextField(
        help_text=_(
            "Two or more words or phrases, separated by commas, e.g. "
            "“EED, early elective delivery”."
        )
    )
    note = models.CharField(max_length=200, blank=True)

    search_fields = [index.SearchField("terms")]

    class Meta:
        ordering = ["terms"]

    def __str__(self) -> str:
        return self.terms

    @property
    def alternatives(self) -> list[str]:
        return split_terms(self.terms)

    def clean(self) -> None:
        if len(self.alternatives) < 2:
            raise ValidationError(
                {"terms": gettext("Give at least two words or phrases, comma-separated.")}
            )


def split_terms(terms: str) -> list[str]:
    seen = []
    for part in terms.replace("\n", ",").split(","):
        part = " ".join(part.lower().split())
        if part and part not in seen:
            seen.append(part)
    return seen


class LoggedQuery(models.Model):
    """How often a query was asked on a day, and how often it found
    nothing. Nothing about who asked is kept."""

    text = models.CharField(max_length=200)
    day = models.DateField()
    searches = models.PositiveIntegerField(default=0)
    without_results = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["text", "day"], name="one_tally_per_day")]
        indexes = [models.Index(fields=["day"])]

    def __str__(self) -> str:
        return f"{self.text} ({self.day})"

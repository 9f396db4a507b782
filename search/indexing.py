"""Keeping the search documents in step with what they come from.

Changes are applied after the transaction commits, from the rows as they
are then (a resource's networks are saved after the resource itself), and
replace every document of the changed object at once. The stored documents
are the source every backend reads: the database backends search them, a
cluster is fed from them."""

import logging
import threading
from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.db import connection, transaction
from django.utils import translation

from search import kept, languages, tallies, terms
from search.backends import get_backend
from search.backends.base import WITHOUT_MARKERS, facet_key
from search.documents import Doc, Source, source_for, sources
from search.models import SearchDocument, UnsentChange

log = logging.getLogger(__name__)

BATCH = 500

# Long texts are cut: to_tsvector refuses more than 1 MB, and the first half
# million characters of a file are where a phrase worth finding is.
# Each row is stemmed in its own language's configuration.
VECTORS_SQL = """
    search_vector = setweight(to_tsvector({config}, title), 'A')
        || setweight(to_tsvector({config}, left(text, 100000)), 'B')
        || setweight(to_tsvector({config}, left(file_text, 500000)), 'D'),
    title_vector = to_tsvector({config}, title),
    title_words = to_tsvector('simple', title)
""".format(config=languages.config_sql("language"))


def _padded(keys: Iterable[str]) -> str:
    """Keys between spaces, so " key " finds one exactly in plain text too."""
    return " " + " ".join(dict.fromkeys(keys)) + " "


def _facets(doc: Doc, language: str) -> list[str]:
    """Its facet keys, with its language for the language facet unless its
    builder named one (a resource's own: "language=other")."""
    if any(key.startswith("language=") for key in doc.facets):
        return doc.facets
    return [*doc.facets, facet_key("language", language)]


def _row(owner: str, doc: Doc) -> SearchDocument:
    language = languages.indexed(doc.language)
    return SearchDocument(
        key=doc.key,
        owner=owner,
        kind=doc.kind,
        title=doc.title.translate(WITHOUT_MARKERS)[:300],
        heading=doc.heading[:300],
        context=doc.context[:300],
        url=doc.url[:500],
        text=doc.text.translate(WITHOUT_MARKERS),
        file_text=doc.file_text.translate(WITHOUT_MARKERS),
        file_name=doc.file_name[:255],
        date=doc.date,
        boost=doc.boost,
        language=language,
        access=_padded(doc.access),
        facets=_padded(_facets(doc, language)),
    )


def _fill_vectors(ids: list[int]) -> None:
    if connection.vendor != "postgresql" or not ids:
        return
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE search_searchdocument SET {VECTORS_SQL} WHERE id = ANY(%s)", [ids])


def store(changes: dict[str, list[Doc]]) -> None:
    """Replace the documents of these objects (owner -> its new documents)."""
    with transaction.atomic():
        stale = SearchDocument.objects.filter(owner__in=list(changes))
        held = list(stale.values_list("key", "access"))
        before = {key for key, _access in held}
        counted = tallies.held(changes)
        stale.delete()
        rows = [_row(owner, doc) for owner, docs in changes.items() for doc in docs]
        _fill_vectors([row.pk for row in SearchDocument.objects.bulk_create(rows)])
        tallies.replaced(counted, rows)
        public = [doc for docs in changes.values() for doc in docs if "public" in doc.access]
        terms.learn(
            texts=[doc.text[:20000] for doc in public],
            titles=[doc.title for doc in public],
            facets=[key for doc in public for key in doc.facets],
        )
        after = {row.key for row in rows}
        opened = [access for _key, access in held] + [row.access for row in rows]
        kept.documents_changed(key for access in opened for key in access.split())
        transaction.on_commit(lambda: _mirror(after, before - after))


def _mirror(keys: set[str], removed: set[str]) -> None:
    """Pass the change to a cluster, with any the cluster missed while it
    was away. A failure never fails the save: the keys are kept as unsent
    changes, for the next change or `search_catch_up` to send."""
    if not settings.SEARCH_URL:
        return
    try:
        if unsent := set(UnsentChange.objects.values_list("key", flat=True)):
            send(keys | removed | unsent)
        else:  # the usual case: this change alone, already sorted into kept and gone
            _tell(keys, removed)
    except Exception:
        log.exception("Search cluster not updated for %s", sorted(keys | removed)[:5])
        UnsentChange.objects.bulk_create(
            [UnsentChange(key=key) for key in keys | removed], ignore_conflicts=True
        )


def _tell(kept: set[str], gone: set[str]) -> None:
    backend = get_backend()
    if gone:
        backend.remove(sorted(gone))
    if kept:
        backend.index(sorted(kept))


def send(keys: set[str]) -> int:
    """Tell the cluster of these documents as they stand now: a key with a
    stored row is indexed, one without is removed; then they are no longer
    unsent. Returns how many were sent."""
    if not keys:
        return 0
    stored = set(SearchDocument.objects.filter(key__in=keys).values_list("key", flat=True))
    _tell(stored, keys - stored)
    UnsentChange.objects.filter(key__in=keys).delete()
    return len(keys)


def catch_up() -> int:
    """Send what the cluster missed while it was away."""
    return send(set(UnsentChange.objects.values_list("key", flat=True)))


def catch_up_if_clustered(now: datetime | None = None) -> int:
    """The periodic catch-up: nothing to do when the database is the index."""
    return catch_up() if settings.SEARCH_URL else 0


def update_now(model: type, pks: list[int]) -> None:
    """Renew these objects' documents at once: for bulk writes, which send
    no signals (a generated corpus)."""
    source = source_for(model)
    if source is not None:
        _update_now(source, pks)


def _built(source: Source, obj) -> list[Doc]:
    """An object's documents in the site's default language, whoever's
    request renews them: what is stored (a kind's name in a hit's context)
    must not depend on the language of the person who saved."""
    with translation.override(settings.LANGUAGE_CODE):
        return source.build(obj)


def _update_now(source: Source, pks: list[int]) -> None:
    found = {obj.pk: obj for obj in source.queryset().filter(pk__in=pks)}
    store({source.owner_of(pk): _built(source, found[pk]) if pk in found else [] for pk in pks})


# Objects whose documents are due, by source, in this thread: a write that
# saves a row several times (a share: the row, its revision, its workflow)
# has its documents built once, by the first callback that runs.
_due = threading.local()


def update(*objs) -> None:
    """Renew these objects' documents (all of one model) once the current
    transaction commits, in one pass."""
    if not objs:
        return
    source = source_for(type(getattr(objs[0], "specific", objs[0])))
    if source is None:
        return
    due = _due.__dict__.setdefault(source.model, set())
    due.update(obj.pk for obj in objs)
    # A callback per call, not per transaction: one registered inside a
    # savepoint that rolls back is dropped, and the next one still runs.
    transaction.on_commit(lambda: _update_due(source))


def _update_due(source: Source) -> None:
    pks = _due.__dict__.pop(source.model, None)
    if pks:
        _update_now(source, sorted(pks))


def remove(obj) -> None:
    source = source_for(type(obj))
    if source is not None:
        owner = source.owner_of(obj.pk)
        transaction.on_commit(lambda: store({owner: []}))


def rebuild() -> int:
    """Every document from scratch, then the words "did you mean" may offer,
    then the cluster if there is one. Returns the number of documents."""
    total = 0
    SearchDocument.objects.all().delete()
    for source in sources():
        batch: list[SearchDocument] = []
        for obj in source.everything():
            batch += [_row(source.owner_of(obj.pk), doc) for doc in _built(source, obj)]
            if len(batch) >= BATCH:
                total += _write(batch)
                batch = []
        total += _write(batch)
    tallies.recount_all()
    terms.refresh()
    kept.documents_changed()
    get_backend().rebuild()
    UnsentChange.objects.all().delete()  # the new index holds everything
    return total


def _write(rows: list[SearchDocument]) -> int:
    with transaction.atomic():
        created = SearchDocument.objects.bulk_create(rows)
        _fill_vectors([row.pk for row in created])
    return len(created)

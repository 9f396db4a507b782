"""The library's keyword box, over title, summary, body and the text inside
files.

On PostgreSQL each resource keeps a stored `tsvector` (title weighted A,
summary B, body C, file text D) with a GIN index, so a keyword among 140,000
resources is one index scan, with English stemming ("bassinets" finds
"bassinet"). The embedded SQLite default, which holds one team's library,
matches each word with `icontains` instead."""

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Q

# Long file texts are cut: to_tsvector refuses more than 1 MB, and the first
# half million characters are where a phrase worth finding is.
VECTOR_SQL = (
    "setweight(to_tsvector('english', coalesce(title, '')), 'A')"
    " || setweight(to_tsvector('english', coalesce(summary, '')), 'B')"
    " || setweight(to_tsvector('english', left(coalesce(body, ''), 100000)), 'C')"
    " || setweight(to_tsvector('english', left(coalesce(file_text, ''), 500000)), 'D')"
)
MAX_WORDS = 8


def uses_vector() -> bool:
    return connection.vendor == "postgresql"


def refresh(resource_ids: list[int] | None = None) -> None:
    """Recompute the stored vector of these resources (all when None)."""
    if not uses_vector():
        return
    with connection.cursor() as cursor:
        if resource_ids is None:
            cursor.execute(f"UPDATE resources_resource SET search_vector = {VECTOR_SQL}")
        else:
            cursor.execute(
                f"UPDATE resources_resource SET search_vector = {VECTOR_SQL} WHERE id = ANY(%s)",
                [list(resource_ids)],
            )


def keyword_filter(q: str) -> Q:
    """Every word must match (quotes keep a phrase together on PostgreSQL)."""
    q = q.strip()[:200]
    if uses_vector():
        return Q(search_vector=SearchQuery(q, search_type="websearch", config="english"))
    words = Q()
    for word in q.split()[:MAX_WORDS]:
        words &= (
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(body__icontains=word)
            | Q(file_text__icontains=word)
        )
    return words

"""The library's keyword box, over title, summary, body and the text inside
files: the resource's search document (resources/search_documents.py) holds
those words once, for the site search and for this box alike
(search.keywords)."""

from django.db.models import Q

from resources.models import Resource
from search import keywords


def keyword_filter(q: str) -> Q:
    """Every word must match (quotes keep a phrase together on PostgreSQL)."""
    return Q(keywords.matching(Resource, q))


def counted_keyword_filter(q: str) -> Q:
    """The same, its matches read once for all the facet counts."""
    return keywords.matched_once(Resource, q)

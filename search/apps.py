from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """One search over the library, the toolkit, webinars and their
    recordings, teams and discussions; each viewer finds only what they may
    open."""

    name = "search"
    label = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Synonyms and page restrictions; each indexed model is watched when
        # its app registers it (search.documents.register).
        from kernel import periodic
        from kernel.roles import MANAGE, SiteRole, grant_on
        from search import indexing, signals  # noqa: F401  (connects the receivers)

        # Editors curate search: its synonyms and the results pinned to a query.
        grant_on(SiteRole.EDITOR, "search", "synonym", MANAGE)
        grant_on(SiteRole.EDITOR, "wagtailsearchpromotions", "searchpromotion", MANAGE)
        grant_on(SiteRole.EDITOR, "wagtailsearchpromotions", "query", ("add", "change", "view"))
        # Kept topic names and pinned queries move on with what they are read from.
        from taggit.models import Tag
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion

        from search import documents, results

        documents.register_facet_names("topic", results.topic_names, Tag)
        for model in (SearchPromotion, Query):
            signals.version_moves_with(results.PROMOTIONS_VERSION_KEY, model)
        # Changes the cluster missed while away reach it within five minutes.
        periodic.every("search catch-up", timedelta(minutes=5), indexing.catch_up_if_clustered)

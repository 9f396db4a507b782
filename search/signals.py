"""Every change that alters what search may show renews the documents of the
object it touches, after the transaction commits (search.indexing). Each
registered source is watched from the moment it registers; changes that
reach an indexed model through another one (a thread's messages, a team's
networks) are wired by the app that owns them, beside its builders."""

from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from kernel.fragments import changed
from search import indexing
from search.documents import source_for
from search.models import Synonym
from search.query import SYNONYMS_CACHE_KEY


def _saved(sender, instance, raw: bool = False, created: bool = False, **kwargs) -> None:
    if raw:
        return
    source = source_for(sender)
    if created and source is not None and not source.index_creations:
        return  # built by its app off the writer's path (Source.index_creations)
    indexing.update(instance)


def _deleted(sender, instance, **kwargs) -> None:
    indexing.remove(instance)


def _page_changed(sender, instance, **kwargs) -> None:
    indexing.update(instance)


def watch(source) -> None:
    """Wire one indexed model (`search.documents.register` calls this).
    Pages change what the public sees when they are published or
    unpublished, not when a draft is saved."""
    from wagtail.models import Page

    model = source.model_class()
    uid = f"search_{source.model}"
    if issubclass(model, Page):
        page_published.connect(_page_changed, sender=model, dispatch_uid=uid + "_published")
        page_unpublished.connect(_page_changed, sender=model, dispatch_uid=uid + "_unpublished")
    elif source.watch_saves:
        post_save.connect(_saved, sender=model, dispatch_uid=uid + "_saved")
    post_delete.connect(_deleted, sender=model, dispatch_uid=uid + "_deleted")


def version_moves_with(key: str, model: type[Model]) -> None:
    """Any save or delete of `model`'s rows moves the version under `key`
    on (kernel.fragments.changed): what is kept under it was read from them."""

    def moved(sender, **kwargs) -> None:
        changed(key)

    uid = f"search_{key}_{model._meta.label_lower}"
    post_save.connect(moved, sender=model, weak=False, dispatch_uid=uid + "_saved")
    post_delete.connect(moved, sender=model, weak=False, dispatch_uid=uid + "_deleted")


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="search_restriction_saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="search_restriction_deleted")
def restriction_changed(sender, instance, **kwargs) -> None:
    """A page made private (or public again) takes its subpages with it."""
    pages = list(instance.page.get_descendants(inclusive=True).specific())
    for model in {type(page) for page in pages}:
        indexing.update(*(page for page in pages if type(page) is model))


@receiver(post_save, sender=Synonym, dispatch_uid="search_synonym_saved")
@receiver(post_delete, sender=Synonym, dispatch_uid="search_synonym_deleted")
def synonyms_changed(sender, **kwargs) -> None:
    from django.core.cache import cache

    cache.delete(SYNONYMS_CACHE_KEY)

from datetime import time

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KernelConfig(AppConfig):
    """What every app of the Collaboratory builds on: access policies and a
    person's standing, kept fragments, facets, Markdown, stored files,
    throttles and retries. It has no models and imports no other app; the
    apps above fill its registries from their own `ready()`."""

    name = "kernel"
    label = "kernel"
    verbose_name = _("Kernel")

    def ready(self) -> None:
        from kernel import admin_mail, document_access, periodic, policies, roles
        from kernel.page_policy import pages

        # Every page type's privacy, and every stored file's (each file
        # answers to the policy of what holds it).
        policies.register(pages)
        document_access.register_policy()
        # Workflow emails go only to those who can open the admin they link to.
        admin_mail.connect()
        periodic.daily("prune task results", time(3, 30), periodic.prune_task_results)

        # Every role works in the admin except faculty, who coach on the site.
        # Editors curate the pages (and review changes to them) and the files.
        for role in (roles.SiteRole.EDITOR, roles.SiteRole.FACILITATOR, roles.SiteRole.MODERATOR):
            roles.grant(role, "wagtailadmin.access_admin")
        page_work = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
        roles.grant_pages(roles.SiteRole.EDITOR, *page_work, reviews=True)
        # Editors copy a page into Spanish to translate it.
        roles.grant(roles.SiteRole.EDITOR, "simple_translation.submit_translation")
        for app, kind in (("wagtaildocs", "document"), ("wagtailimages", "image")):
            roles.grant_collections(
                roles.SiteRole.EDITOR,
                *(f"{app}.{action}_{kind}" for action in ("add", "change", "choose", "delete")),
            )
        roles.grant_collections(roles.SiteRole.FACILITATOR, "wagtailimages.choose_image")

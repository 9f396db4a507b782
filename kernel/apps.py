from django.apps import AppConfig


class KernelConfig(AppConfig):
    """What every app of the Collaboratory builds on: access policies and a
    person's standing, kept fragments, facets, Markdown, stored files,
    throttles and retries. It has no models and imports no other app; the
    apps above fill its registries from their own `ready()`."""

    name = "kernel"
    label = "kernel"
    verbose_name = "Kernel"

    def ready(self) -> None:
        from kernel import document_access, policies
        from kernel.page_policy import pages

        # Every page type's privacy, and every stored file's (each file
        # answers to the policy of what holds it).
        policies.register(pages)
        document_access.register_policy()

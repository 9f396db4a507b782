"""The plain-language panel: on the pages families read, the editor sees the
reading grade of the page's text while writing it, with a target of grade 8
or below (kernel.readability has the rules).

A page type adds `ReadabilityPanel([...field names...])` to its
`content_panels`; the fields it names are the text that is graded: plain
text, rich text (tags ignored) and StreamFields (the text of their text,
character and rich-text blocks; choosers, numbers and the like are left
out). The grade is worked out with the formula of the page's own language
(its locale), not the editor's.

The panel shows the grade of the text as the page was saved (or as it was
last posted, when a save came back with errors); static/js/readability.js
redraws it while the editor types, by posting the edit form to
`toolkit.views.readability`, which grades the posted text with the same
functions."""

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import Panel
from wagtail.models import Page
from wagtail.rich_text import RichText

from kernel.readability import Readability, language_of, readability

TEMPLATE = "toolkit/admin/panels/readability.html"
RESULT_TEMPLATE = "toolkit/admin/panels/readability_result.html"


class BadPostedText(ValueError):
    """Posted form data that cannot be read as the page's fields."""


def _block_texts(block: blocks.Block, value: Any) -> Iterator[str]:
    """The text in a StreamField block's value: its text, character and
    rich-text blocks, in order."""
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield value.source if isinstance(value, RichText) else str(value)
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        yield str(value)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from _block_texts(child, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _block_texts(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _block_texts(child.block, child.value)


def texts_of(value: Any) -> Iterator[str]:
    """The text of a field's value: a string (plain or HTML), rich text, or a
    StreamField's value."""
    if value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, RichText):
        yield value.source
    elif hasattr(value, "stream_block"):  # a StreamValue
        for child in value:
            yield from _block_texts(child.block, child.value)


def page_texts(page: Page, fields: Iterable[str]) -> list[str]:
    """The text of the page's fields as they are on the page object."""
    return [text for name in fields for text in texts_of(getattr(page, name, None))]


def posted_texts(form: Any, fields: Iterable[str]) -> list[str]:
    """The text of the page's fields as posted in `form` (a bound page edit
    form): the value each field's widget reads from the data, valid or not
    (an editor's half-written page is still graded); a field left out of the
    data is left out of the grade. Raises BadPostedText when none of the
    fields was posted, or when a field's data is malformed."""
    posted = [
        name
        for name in fields
        if name in form.fields
        and not form.fields[name].widget.value_omitted_from_data(
            form.data, form.files, form.add_prefix(name)
        )
    ]
    if not posted:
        raise BadPostedText("None of the graded fields was posted.")
    texts: list[str] = []
    for name in posted:
        try:
            value = form[name].data
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise BadPostedText(f"The field {name!r} could not be read: {error!r}") from error
        texts.extend(texts_of(value))
    return texts


def page_language(page: Page) -> str:
    """The language of the page's own locale ("en" or "es")."""
    locale_id = getattr(page, "locale_id", None)
    code = page.locale.language_code if locale_id else settings.LANGUAGE_CODE
    return language_of(code)


def readability_panel_of(model: type[Page]) -> "ReadabilityPanel | None":
    """The plain-language panel among a page type's panels, if it has one."""
    stack = [model.get_edit_handler()]
    while stack:
        panel = stack.pop()
        if isinstance(panel, ReadabilityPanel):
            return panel
        stack.extend(getattr(panel, "children", ()))
    return None


def result_context(result: Readability) -> dict[str, Any]:
    """What the result's template needs."""
    counts = result.counts
    return {
        "result": result,
        "words_per_sentence": number_format(counts.words_per_sentence, decimal_pos=1),
        "syllables_per_word": number_format(counts.syllables_per_word, decimal_pos=2),
        "score": number_format(result.score, decimal_pos=1) if result.score is not None else "",
    }


class ReadabilityPanel(Panel):
    """The reading grade of the text in `fields`, for pages families read."""

    def __init__(self, fields: Sequence[str] = (), **kwargs: Any) -> None:
        kwargs.setdefault("heading", _("Plain language"))
        kwargs.setdefault("help_text", _("Aim for grade 8 or below: families read these pages."))
        super().__init__(**kwargs)
        self.fields = tuple(fields)

    def clone_kwargs(self) -> dict[str, Any]:
        kwargs = super().clone_kwargs()
        kwargs["fields"] = self.fields
        return kwargs

    @property
    def clean_name(self) -> str:
        return "plain_language"

    def field_labels(self) -> list[str]:
        """The names of the graded fields, as the editor sees them."""
        labels = []
        for name in self.fields:
            field = self.model._meta.get_field(name)
            labels.append(str(capfirst(field.verbose_name)))
        return labels

    class BoundPanel(Panel.BoundPanel):
        template_name = TEMPLATE

        def endpoint(self) -> str:
            page = self.instance
            if page.pk:
                return reverse("toolkit_readability", args=[page.pk])
            parent = getattr(self.form, "parent_page", None)
            if parent is None:
                return ""
            meta = type(page)._meta
            return reverse(
                "toolkit_readability_new", args=[meta.app_label, meta.model_name, parent.pk]
            )

        def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
            context = super().get_context_data(parent_context)
            fields = self.panel.fields
            texts: list[str] | None = None
            if self.form is not None and self.form.is_bound:
                try:
                    texts = posted_texts(self.form, fields)
                except BadPostedText:
                    texts = None
            if texts is None:
                texts = page_texts(self.instance, fields)
            result = readability(texts, page_language(self.instance))
            context.update(result_context(result))
            context["endpoint"] = self.endpoint()
            context["field_labels"] = self.panel.field_labels()
            return context

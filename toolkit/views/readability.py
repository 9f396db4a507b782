"""The reading grade of a page's text as the editor is writing it: the
plain-language panel's script posts the page's edit form here and draws the
answer (toolkit.readability_panel has the panel; kernel.readability the rules).

Under /admin/ (Wagtail's admin login); only for a person who may edit the
page (or, for a page not yet saved, add it under its parent). Nothing is
saved. The error messages are for the script, which shows its own words."""

from django.apps import apps
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.views.decorators.http import require_POST
from wagtail.models import Page

from kernel.readability import readability
from toolkit.readability_panel import (
    RESULT_TEMPLATE,
    BadPostedText,
    page_language,
    posted_texts,
    readability_panel_of,
    result_context,
)


def _refuse(status: int, error: str) -> JsonResponse:
    return JsonResponse({"error": error}, status=status)


def _grade(request: HttpRequest, page: Page, parent: Page) -> JsonResponse:
    panel = readability_panel_of(type(page))
    if panel is None:
        return _refuse(400, "This page type has no reading grade.")
    form_class = type(page).get_edit_handler().get_form_class()
    form = form_class(
        request.POST, request.FILES, instance=page, for_user=request.user, parent_page=parent
    )
    try:
        texts = posted_texts(form, panel.fields)
    except BadPostedText as error:
        return _refuse(400, str(error))
    result = readability(texts, page_language(page))
    return JsonResponse(
        {
            "language": result.language,
            "formula": result.formula,
            "score": result.score,
            "grade": result.grade,
            "label": result.label,
            "meets_target": result.meets_target,
            "words": result.counts.words,
            "sentences": result.counts.sentences,
            "syllables": result.counts.syllables,
            "html": render_to_string(RESULT_TEMPLATE, result_context(result), request=request),
        }
    )


@require_POST
def page_grade(request: HttpRequest, page_id: int) -> JsonResponse:
    """The grade of the posted edit form of a saved page."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        return _refuse(403, "You may not edit this page.")
    return _grade(request, page, page.get_parent())


@require_POST
def new_page_grade(
    request: HttpRequest, app_label: str, model_name: str, parent_id: int
) -> JsonResponse:
    """The grade of the posted form of a page being added under a parent."""
    parent = get_object_or_404(Page, pk=parent_id).specific
    if not parent.permissions_for_user(request.user).can_add_subpage():
        return _refuse(403, "You may not add a page here.")
    try:
        model = apps.get_model(app_label, model_name)
    except (LookupError, ValueError):
        return _refuse(400, "Unknown page type.")
    if not (isinstance(model, type) and issubclass(model, Page)):
        return _refuse(400, "Unknown page type.")
    if not model.can_create_at(parent):
        return _refuse(400, "This page type cannot be added here.")
    page = model(locale=parent.locale)
    return _grade(request, page, parent)

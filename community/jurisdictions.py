"""One way for scripts and links to name a state or jurisdiction, whether
they read or write: its postal code (`OH`) or its slug (`ohio`), in any
case."""

import re
from collections.abc import Collection
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet

from community.models import Jurisdiction

HOW_TO_NAME = "Name it by postal code (OH) or slug (ohio)."


# A postal code or a slug; anything else names nothing and is never sent to
# the database (PostgreSQL refuses a NUL byte in a text parameter).
PLAUSIBLE = re.compile(r"[A-Za-z0-9-]{1,80}")


def _named(identifier: str) -> Q:
    name = identifier.strip()
    if not PLAUSIBLE.fullmatch(name):
        return Q(pk__in=[])
    return Q(postal_code=name.upper()) | Q(slug=name.lower())


def find(identifier: str) -> Jurisdiction | None:
    """The jurisdiction an identifier names, or None."""
    if not identifier.strip():
        return None
    return Jurisdiction.objects.filter(_named(identifier)).first()


def unknown_message(identifier: str) -> str:
    return f"No state or jurisdiction is called {identifier!r}. {HOW_TO_NAME}"


class JurisdictionsField(forms.ModelMultipleChoiceField):
    """Jurisdictions named by postal code or slug, in any case; an unknown
    name is an error that says which one and how to name it."""

    def __init__(self, **kwargs) -> None:
        super().__init__(queryset=Jurisdiction.objects.all(), **kwargs)

    def _check_values(self, value: Collection[Any]) -> QuerySet[Jurisdiction]:
        names = [str(identifier).strip() for identifier in value]
        wanted = Q(pk__in=[])
        for name in names:
            wanted |= _named(name)
        rows = list(Jurisdiction.objects.filter(wanted))
        known = {j.postal_code for j in rows} | {j.slug for j in rows}
        for name in names:
            if name.upper() not in known and name.lower() not in known:
                raise ValidationError(unknown_message(name), code="invalid_choice")
        return Jurisdiction.objects.filter(pk__in=[j.pk for j in rows])

"""Reference data every collaborative starts with: the 59 jurisdictions and
the site-wide role groups. Loaded by a data migration, and reloaded by the
tests after a transactional test has flushed the database."""

from django.utils.text import slugify

STATE, DISTRICT, TERRITORY, FREELY = "state", "district", "territory", "freely_associated"

# name, postal code, kind, HHS region
JURISDICTIONS = [
    ("Alabama", "AL", STATE, 4),
    ("Alaska", "AK", STATE, 10),
    ("Arizona", "AZ", STATE, 9),
    ("Arkansas", "AR", STATE, 6),
    ("California", "CA", STATE, 9),
    ("Colorado", "CO", STATE, 8),
    ("Connecticut", "CT", STATE, 1),
    ("Delaware", "DE", STATE, 3),
    ("Florida", "FL", STATE, 4),
    ("Georgia", "GA", STATE, 4),
    ("Hawaii", "HI", STATE, 9),
    ("Idaho", "ID", STATE, 10),
    ("Illinois", "IL", STATE, 5),
    ("Indiana", "IN", STATE, 5),
    ("Iowa", "IA", STATE, 7),
    ("Kansas", "KS", STATE, 7),
    ("Kentucky", "KY", STATE, 4),
    ("Louisiana", "LA", STATE, 6),
    ("Maine", "ME", STATE, 1),
    ("Maryland", "MD", STATE, 3),
    ("Massachusetts", "MA", STATE, 1),
    ("Michigan", "MI", STATE, 5),
    ("Minnesota", "MN", STATE, 5),
    ("Mississippi", "MS", STATE, 4),
    ("Missouri", "MO", STATE, 7),
    ("Montana", "MT", STATE, 8),
    ("Nebraska", "NE", STATE, 7),
    ("Nevada", "NV", STATE, 9),
    ("New Hampshire", "NH", STATE, 1),
    ("New Jersey", "NJ", STATE, 2),
    ("New Mexico", "NM", STATE, 6),
    ("New York", "NY", STATE, 2),
    ("North Carolina", "NC", STATE, 4),
    ("North Dakota", "ND", STATE, 8),
    ("Ohio", "OH", STATE, 5),
    ("Oklahoma", "OK", STATE, 6),
    ("Oregon", "OR", STATE, 10),
    ("Pennsylvania", "PA", STATE, 3),
    ("Rhode Island", "RI", STATE, 1),
    ("South Carolina", "SC", STATE, 4),
    ("South Dakota", "SD", STATE, 8),
    ("Tennessee", "TN", STATE, 4),
    ("Texas", "TX", STATE, 6),
    ("Utah", "UT", STATE, 8),
    ("Vermont", "VT", STATE, 1),
    ("Virginia", "VA", STATE, 3),
    ("Washington", "WA", STATE, 10),
    ("West Virginia", "WV", STATE, 3),
    ("Wisconsin", "WI", STATE, 5),
    ("Wyoming", "WY", STATE, 8),
    ("District of Columbia", "DC", DISTRICT, 3),
    ("Puerto Rico", "PR", TERRITORY, 2),
    ("U.S. Virgin Islands", "VI", TERRITORY, 2),
    ("Guam", "GU", TERRITORY, 9),
    ("American Samoa", "AS", TERRITORY, 9),
    ("Northern Mariana Islands", "MP", TERRITORY, 9),
    ("Federated States of Micronesia", "FM", FREELY, 9),
    ("Marshall Islands", "MH", FREELY, 9),
    ("Palau", "PW", FREELY, 9),
]

# The site-wide role groups (kernel.roles.SiteRole). What each may do is
# declared by the apps and set after every migrate (kernel/roles.py).
ROLE_GROUPS = ["Editors", "Moderators", "Facilitators", "Faculty"]


def load_jurisdictions(jurisdiction_model) -> None:
    for name, code, kind, region in JURISDICTIONS:
        jurisdiction_model.objects.update_or_create(
            postal_code=code,
            defaults={"name": name, "slug": slugify(name), "kind": kind, "hhs_region": region},
        )


def create_role_groups(group_model) -> None:
    for name in ROLE_GROUPS:
        group_model.objects.get_or_create(name=name)

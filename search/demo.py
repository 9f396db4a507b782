"""Demo synonyms: the abbreviations and plain words the collaborative's
members use for the same things. The documents themselves are written as
the other apps' demo content is saved (search.signals)."""

from search.models import Synonym

SYNONYMS = [
    (
        "SUID, sudden unexpected infant death, SIDS, sudden infant death syndrome, safe sleep",
        "Safe sleep work is how teams prevent sudden unexpected infant death.",
    ),
    ("EED, early elective delivery, elective delivery before 39 weeks", ""),
    ("17P, 17 alpha-hydroxyprogesterone, 17-OHPC, hydroxyprogesterone caproate", ""),
    ("PQC, perinatal quality collaborative", ""),
    (
        "LARC, long-acting reversible contraception, IUDs and implants, long-acting contraception",
        "",
    ),
    ("NAS, neonatal abstinence syndrome, NOWS, neonatal opioid withdrawal syndrome", ""),
    ("PPH, postpartum hemorrhage, obstetric hemorrhage, hemorrhage, haemorrhage", ""),
    ("OUD, opioid use disorder", ""),
    ("NICU, neonatal intensive care unit", ""),
    ("PDSA, plan do study act", ""),
    ("QI, quality improvement", ""),
]


def seed(rng, out) -> list:
    created = 0
    for terms, note in SYNONYMS:
        _, made = Synonym.objects.get_or_create(terms=terms, defaults={"note": note})
        created += made
    out(f"  search: {created} synonyms")
    return []

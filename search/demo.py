"""Demo synonyms: the abbreviations and plain words the collaborative's
members use for the same things. The documents themselves are written as
the other apps' demo content is saved (search.signals)."""

from search.models import Synonym

SYNONYMS = [
    (
        "SUID, sudden unexpected infant death, SIDS, sudden infant death syndrome, safe sleep",
        "Safe sleep work is how teams prevent sudden unexpected infant death.",
    ),
    (
        "EED, early elective delivery, early elective deliveries,"
        " elective delivery before 39 weeks",
        "Scheduled inductions and cesareans without a medical reason before 39 weeks.",
    ),
    ("17P, 17 alpha-hydroxyprogesterone, 17-OHPC, hydroxyprogesterone caproate", ""),
    (
        "PQC, perinatal quality collaborative, PQCs, perinatal quality collaboratives",
        "A state's network of birthing hospitals improving care together (Louisiana PQC).",
    ),
    (
        "LARC, long-acting reversible contraception, IUDs and implants, long-acting contraception",
        "",
    ),
    ("NAS, neonatal abstinence syndrome, NOWS, neonatal opioid withdrawal syndrome", ""),
    ("PPH, postpartum hemorrhage, obstetric hemorrhage, hemorrhage, haemorrhage", ""),
    ("OUD, opioid use disorder", ""),
    (
        "MOUD, medications for opioid use disorder, medication for opioid use disorder",
        "The treatment, beside OUD (the condition).",
    ),
    (
        "SDOH, social determinants of health, social determinants",
        "One of the six learning networks.",
    ),
    (
        "AIM, alliance for innovation on maternal health",
        "The national program of patient safety bundles. A search for the word aim"
        " (a driver diagram's aim) finds the alliance too.",
    ),
    (
        "HCTF, hospital-community task force, hospital community task force, HCTFs,"
        " hospital community task forces",
        "QI-TRACS: a hospital and its community, led by a hospital leader and a community"
        " organizer.",
    ),
    (
        "CO, community organizer, community organiser, COs, community organizers,"
        " community organisers",
        "QI-TRACS's paid organizers from the families a hospital serves.",
    ),
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

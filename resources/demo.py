"""Demo content for the resource library: shares from the demo teams across
networks and states, each a real small PDF whose text is extracted, most
published, a few still with the editors or kept to the team."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from community.models import Jurisdiction, LearningNetwork, Membership, Team
from kernel.pdf import simple_pdf
from resources.extraction import extract_text
from resources.models import Audience, Resource
from resources.tasks import draw_preview

Document = get_document_model()

# title, kind, network, state (None: national), year, team, visibility, published,
# topics, audiences, summary, words inside the file (lines of the first page, or a
# list of pages, each a list of lines)
RESOURCES = [
    (
        "Bassinet audit checklist for maternity units",
        "toolkit",
        "safe-sleep",
        "OH",
        2024,
        "ohio",
        "public",
        True,
        ["safe sleep", "audit"],
        ["clinicians"],
        "Five checks a charge nurse makes at each bassinet, with a tally sheet for twenty cribs.",
        [
            "Back to sleep, flat firm surface, nothing loose",
            "Wearable blanket, not a loose one",
            "Tally twenty bassinets on day and night shift",
        ],
    ),
    (
        "Teach-back script for the safe sleep talk at discharge",
        "training",
        "safe-sleep",
        None,
        2023,
        "georgia",
        "public",
        True,
        ["safe sleep", "teach-back"],
        ["clinicians", "families"],
        "The questions nurses ask so parents explain, in their own words, where the baby sleeps.",
        [
            "Ask: where will the baby sleep tonight",
            "Listen for couches and adult beds",
            "Agree one practical change before discharge",
        ],
    ),
    (
        "Sleep-related infant death review: county summary template",
        "template",
        "safe-sleep",
        "MO",
        2024,
        "pemiscot-county-hub",
        "members",
        True,
        ["fatality review", "data"],
        ["public-health"],
        "A one-page summary that turns de-identified case reviews into one change a quarter.",
        [
            "Circumstances grouped by sleep location",
            "One recommendation per quarter",
            "Share with home visiting and hospital partners",
        ],
    ),
    (
        "Quitline fax referral form for prenatal clinics",
        "template",
        "smoking-cessation",
        "TN",
        2023,
        "tennessee",
        "public",
        True,
        ["quitline", "referral"],
        ["clinicians"],
        "The referral that lets the quitline call the patient, so no one has to dial first.",
        [
            "Consent to be called by the quitline",
            "Best time and number to call",
            "Pregnancy status and due date",
        ],
    ),
    (
        "Smoke-free home conversation cards",
        "family",
        "smoking-cessation",
        None,
        2022,
        "michigan",
        "public",
        True,
        ["smoke-free homes", "families"],
        ["families"],
        "Cards home visitors use to talk about smoke around the baby without blame.",
        [
            "Who smokes near the baby, and where",
            "Outside, jacket on, hands washed",
            "The quitline helps partners too",
        ],
    ),
    (
        "Long-acting contraception before discharge: billing guide",
        "policy",
        "preconception-interconception",
        "GU",
        2024,
        "guam",
        "public",
        True,
        ["LARC", "Medicaid", "billing"],
        ["leaders", "clinicians"],
        "How to bill immediate postpartum LARC separately from the delivery payment.",
        [
            "Separate the device from the global delivery fee",
            "Stock the device on the unit",
            "Offer, never pressure: informed choice first",
        ],
    ),
    (
        "Reproductive life plan one-pager",
        "family",
        "preconception-interconception",
        "CA",
        2022,
        "california",
        "public",
        True,
        ["birth spacing", "well-woman visit"],
        ["families"],
        "A plain-language page that helps someone plan if and when to have another child.",
        [
            "Do you want to have another child, and when",
            "Spacing births eighteen months apart",
            "Questions to bring to your next visit",
        ],
    ),
    (
        "Social needs screening and closed-loop referral protocol",
        "protocol",
        "social-determinants",
        "OH",
        2024,
        "franklin-county-hub",
        "members",
        True,
        ["social needs", "referral"],
        ["public-health"],
        "Screen for housing, food and transport at the first prenatal visit; confirm help came.",
        [
            "Screen at intake with five questions",
            "Refer with a warm hand-off",
            "Call back within ten days to close the loop",
        ],
    ),
    (
        "Rotating leadership: how our task force runs its meetings",
        "toolkit",
        "social-determinants",
        "MI",
        2023,
        "lansing-task-force",
        "public",
        True,
        ["rotating leadership", "community organizers"],
        ["leaders", "families"],
        "Hospital leaders and community organizers take turns setting the agenda and chairing.",
        [
            "Members take turns chairing",
            "Everyone owns the agenda",
            "Community priorities come first on every agenda",
        ],
    ),
    (
        "Hard-stop policy for elective deliveries before 39 weeks",
        "policy",
        "preterm-early-term",
        "OH",
        2015,
        "ohio",
        "public",
        True,
        ["early elective delivery", "policy"],
        ["clinicians", "leaders"],
        "The scheduling rule and exception review that cut early elective deliveries.",
        [
            "No elective induction or cesarean before 39 weeks",
            "Exceptions reviewed by the chair",
            "Track the rate monthly on a run chart",
        ],
    ),
    (
        "Cervical length screening pathway",
        "protocol",
        "preterm-early-term",
        "TX",
        2024,
        "texas",
        "members",
        True,
        ["preterm birth", "screening"],
        ["clinicians"],
        "Who to screen, when, and what to offer when the cervix is short.",
        [
            "Measure at the anatomy scan",
            "Offer current, evidence-based treatment",
            "Follow up within one week",
        ],
    ),
    (
        "Levels of maternal and neonatal care: self-assessment",
        "data_report",
        "risk-appropriate-care",
        "MS",
        2023,
        "mississippi",
        "public",
        True,
        ["levels of care", "transfers"],
        ["leaders"],
        "A hospital checks its own capabilities against the published levels of care.",
        [
            "Staffing around the clock",
            "Transfer agreements tested at night",
            "Very low birth weight births at level III or higher",
        ],
    ),
    (
        "One-call transfer line: how it works",
        "presentation",
        "risk-appropriate-care",
        "LA",
        2024,
        "louisiana",
        "public",
        True,
        ["transfers", "regionalization"],
        ["clinicians"],
        "A single number that finds a bed and a transport team for a high-risk mother or baby.",
        [
            "One number, answered by a nurse",
            "Bed found before the call ends",
            "Every transfer reviewed monthly",
        ],
    ),
    (
        "Hemorrhage cart and drill checklist",
        "toolkit",
        "risk-appropriate-care",
        "LA",
        2022,
        "bayou-womens-hospital",
        "team",
        True,
        ["hemorrhage", "drills"],
        ["clinicians"],
        "What goes in the cart, and a ten-minute drill a unit runs every month.",
        [
            "Quantify blood loss at every birth",
            "Stocked cart checked each shift",
            "Ten-minute drill on the unit monthly",
        ],
    ),
    (
        "Infant feeding policy, with its yearly audit form",
        "policy",
        "risk-appropriate-care",
        "MI",
        2025,
        "detroit-eastside-birthing",
        "public",
        True,
        ["breastfeeding", "policy"],
        ["leaders", "clinicians"],
        "The birthing center's written infant feeding policy and its yearly audit form.",
        [
            "Breast milk first, formula only when medically needed",
            "Skin to skin within the first hour, also after a cesarean",
            "Audit twenty charts a year against each step",
        ],
    ),
    (
        "Night shift safe sleep audit results, first quarter",
        "data_report",
        "safe-sleep",
        "OH",
        2025,
        "lake-erie-regional",
        "public",
        False,
        ["safe sleep", "audit"],
        ["clinicians"],
        "Our first three months of bassinet audits, day against night shift.",
        [
            "Day shift four in five safe",
            "Night shift three in five safe",
            "Wearable blankets stocked on nights",
        ],
    ),
    (
        "Sleep-related infant deaths by race and county: a briefing for hospital leaders",
        "data_report",
        "safe-sleep",
        "OH",
        2025,
        "ohio",
        "public",
        True,
        ["safe sleep", "equity", "child death review"],
        ["leaders", "clinicians"],
        "Five years of the state's death reviews, set out for leaders deciding where "
        "crib programs and nurse training go first.",
        [
            [
                "Why this briefing: five years of county death reviews",
                "Most sleep-related deaths happened in adult beds or on couches",
                "Where a crib was missing, the family had been offered none",
            ],
            [
                "Safe sleep disparities are wide and have not narrowed",
                "Black infants died at 2.6 times the rate of white infants",
                "The gap was widest in three urban counties and two rural ones",
                "Families there were least often given a crib at discharge",
            ],
            [
                "What leaders can do this year",
                "Give every family without a safe place to sleep a portable crib",
                "Track crib audits and discharge teaching by race and payer",
            ],
        ],
    ),
]


# Family materials in Spanish: (the English original they translate, or None,
# then a row as above). Written for families, in plain words.
SPANISH_RESOURCES = [
    (
        "Smoke-free home conversation cards",
        (
            "Tarjetas para hablar de un hogar sin humo",
            "family",
            "smoking-cessation",
            None,
            2023,
            "michigan",
            "public",
            True,
            ["hogar sin humo", "familias"],
            ["families"],
            "Tarjetas para hablar del humo cerca del bebé, sin culpar a nadie.",
            [
                "¿Quién fuma cerca del bebé? ¿Dónde?",
                "Fumar afuera, con la chaqueta puesta, y lavarse las manos",
                "La línea para dejar de fumar también ayuda a la pareja",
            ],
        ),
    ),
    (
        "Reproductive life plan one-pager",
        (
            "Mi plan de vida reproductiva en una página",
            "family",
            "preconception-interconception",
            "CA",
            2023,
            "california",
            "public",
            True,
            ["espacio entre embarazos", "familias"],
            ["families"],
            "Una página sencilla para pensar si quiere tener otro hijo, y cuándo.",
            [
                "¿Quiere tener otro hijo? ¿Cuándo?",
                "Esperar dieciocho meses antes del próximo embarazo",
                "Preguntas para llevar a su próxima cita",
            ],
        ),
    ),
    (
        None,
        (
            "Sueño seguro: el ABC para las familias",
            "family",
            "safe-sleep",
            "OH",
            2025,
            "ohio",
            "public",
            True,
            ["sueño seguro", "familias"],
            ["families"],
            "Una hoja para las familias: el bebé duerme solo, boca arriba y en su cuna.",
            [
                "Solo: en su propia cuna, sin almohadas ni juguetes",
                "Boca arriba: en cada siesta y cada noche",
                "En su cuna: un colchón firme y plano, con una sábana ajustada",
                "Sin humo cerca del bebé, ni en la casa ni en el carro",
            ],
        ),
    ),
]


class ResourceSeeder:
    def __init__(self, out) -> None:
        self.out = out
        self.created = 0

    def run(self) -> None:
        for row in RESOURCES:
            self.resource(*row)
        for original, row in SPANISH_RESOURCES:
            self.resource(*row, language="es", translation_of=original)
        self.out(f"  resources: {self.created} new rows")

    def resource(
        self,
        title,
        kind,
        network,
        state,
        year,
        team_slug,
        visibility,
        published,
        topics,
        audiences,
        summary,
        lines,
        language="en",
        translation_of=None,
    ) -> None:
        if Resource.objects.filter(title=title).exists():
            return
        team = Team.objects.get(slug=team_slug)
        first = Membership.objects.filter(team=team).order_by("pk").first()
        lead = first.user if first else None
        pages = lines if lines and isinstance(lines[0], list) else [lines]
        pdf = simple_pdf(title, [summary[:90], *pages[0]], more_pages=pages[1:])
        document = Document(title=title)
        document.file.save(f"{team_slug}-{len(title)}.pdf", ContentFile(pdf), save=False)
        document.save()
        extracted = extract_text(pdf, "pdf")
        resource = Resource(
            title=title,
            summary=summary,
            kind=kind,
            document=document,
            year_published=year,
            team=team,
            contributor=lead,
            visibility=visibility,
            live=published,
            file_text=extracted.text,
            file_text_error=extracted.error,
            language=language,
            translation_of=Resource.objects.filter(title=translation_of).first(),
        )
        resource.save()
        resource.networks.set([LearningNetwork.objects.get(slug=network)])
        if state:
            resource.jurisdictions.set([Jurisdiction.objects.get(postal_code=state)])
        resource.audiences.set(Audience.objects.filter(slug__in=audiences))
        resource.topics.set(topics)
        resource.save()
        revision = resource.save_revision(user=lead)
        if published:
            revision.publish(user=lead, skip_permission_checks=True)  # demo: as if approved
        else:
            resource.get_workflow().start(resource, lead)
        draw_preview.enqueue(resource.pk, "pdf")  # at once under `make run`'s backend
        self.created += 1


def seed(rng, out) -> None:
    ResourceSeeder(out).run()

"""Demo content for the community: the six learning networks, teams across
several states and kinds, people with profiles and memberships, site roles
and the home page. Called by `seed_demo`; every step is idempotent."""

import random
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.text import slugify
from faker import Faker

from community.factories import DEFAULT_PASSWORD, UserFactory
from community.home import ensure_home_page
from community.models import JoinRequest, Jurisdiction, LearningNetwork, Membership, Team
from kernel.roles import SiteRole

User = get_user_model()

NETWORKS = [
    (
        "safe-sleep",
        "Safe Sleep (SIDS/SUID)",
        "#1f6f8b",
        "More babies put to sleep on their backs, alone and in a safe crib, and fewer "
        "sleep-related infant deaths.",
        "Teams test how hospitals, home visitors and families can make the safest sleep "
        "the easiest choice, and watch the disparities in sudden unexpected infant death.",
    ),
    (
        "smoking-cessation",
        "Smoking Cessation",
        "#6b3fa0",
        "More women quit smoking before, during and after pregnancy — a tenth more than the "
        "state baseline quitting before pregnancy.",
        "Screening at every prenatal visit, referral to quitlines that call back, and "
        "support that continues after the baby is home.",
    ),
    (
        "preconception-interconception",
        "Preconception and Interconception Health",
        "#2e7d32",
        "Healthy spacing between births and fewer unintended pregnancies.",
        "Well-woman visits, reproductive life planning and same-day access to long-acting "
        "contraception after delivery, for everyone who wants it.",
    ),
    (
        "social-determinants",
        "Social Determinants of Health",
        "#a35200",
        "Policies, programs and place-based work that close the gaps in birth outcomes.",
        "Housing, income, transport and racism shape who reaches a first birthday. Teams "
        "measure them and change the systems around families with community partners.",
    ),
    (
        "preterm-early-term",
        "Prevention of Preterm and Early Term Births",
        "#b3261e",
        "A third fewer early elective deliveries before 39 weeks, and proven preterm-birth "
        "prevention offered to every mother at risk.",
        "Hard-stop policies on elective deliveries, and reliable pathways so that mothers "
        "at high risk of an early birth are screened and offered current, proven care in time.",
    ),
    (
        "risk-appropriate-care",
        "Risk-Appropriate Perinatal Care",
        "#0f766e",
        "High-risk mothers and very small babies born in a hospital with the level of care "
        "they need.",
        "Levels of care defined and verified across the state, with transfer agreements "
        "that work at three in the morning.",
    ),
]

# name, slug, kind, postal code, network slugs
TEAMS = [
    (
        "Ohio State Team",
        "ohio",
        "state_team",
        "OH",
        ["safe-sleep", "preterm-early-term", "social-determinants"],
    ),
    (
        "Franklin County Birth Equity Hub",
        "franklin-county-hub",
        "county_hub",
        "OH",
        ["social-determinants", "safe-sleep"],
    ),
    (
        "Lake Erie Regional Medical Center",
        "lake-erie-regional",
        "hospital",
        "OH",
        ["preterm-early-term", "risk-appropriate-care"],
    ),
    (
        "Louisiana State Team",
        "louisiana",
        "state_team",
        "LA",
        ["risk-appropriate-care", "preterm-early-term", "safe-sleep"],
    ),
    (
        "Bayou Women's and Infants' Hospital",
        "bayou-womens-hospital",
        "hospital",
        "LA",
        ["risk-appropriate-care"],
    ),
    ("Missouri State Team", "missouri", "state_team", "MO", ["safe-sleep", "social-determinants"]),
    (
        "Pemiscot County Hub",
        "pemiscot-county-hub",
        "county_hub",
        "MO",
        ["social-determinants", "safe-sleep"],
    ),
    ("Dunklin County Hub", "dunklin-county-hub", "county_hub", "MO", ["social-determinants"]),
    ("New Madrid County Hub", "new-madrid-county-hub", "county_hub", "MO", ["safe-sleep"]),
    (
        "Michigan State Team",
        "michigan",
        "state_team",
        "MI",
        ["smoking-cessation", "preconception-interconception"],
    ),
    (
        "Lansing Hospital–Community Task Force",
        "lansing-task-force",
        "task_force",
        "MI",
        ["social-determinants"],
    ),
    (
        "Grand Rapids Hospital–Community Task Force",
        "grand-rapids-task-force",
        "task_force",
        "MI",
        ["social-determinants", "preconception-interconception"],
    ),
    (
        "Detroit Eastside Birthing Center",
        "detroit-eastside-birthing",
        "hospital",
        "MI",
        ["smoking-cessation", "risk-appropriate-care"],
    ),
    (
        "Capital Region Birthing Center",
        "capital-region-birthing",
        "hospital",
        "MI",
        ["risk-appropriate-care"],
    ),
    (
        "Great Lakes Women's Hospital",
        "great-lakes-womens",
        "hospital",
        "MI",
        ["risk-appropriate-care", "social-determinants"],
    ),
    (
        "Delta Regional Medical Center",
        "delta-regional",
        "hospital",
        "MS",
        ["risk-appropriate-care"],
    ),
    (
        "Gulf Coast Family Birth Center",
        "gulf-coast-birth-center",
        "hospital",
        "LA",
        ["risk-appropriate-care"],
    ),
    (
        "Texas State Team",
        "texas",
        "state_team",
        "TX",
        ["preterm-early-term", "preconception-interconception"],
    ),
    ("Georgia State Team", "georgia", "state_team", "GA", ["safe-sleep", "smoking-cessation"]),
    (
        "Mississippi State Team",
        "mississippi",
        "state_team",
        "MS",
        ["safe-sleep", "risk-appropriate-care"],
    ),
    ("Tennessee State Team", "tennessee", "state_team", "TN", ["smoking-cessation", "safe-sleep"]),
    (
        "California State Team",
        "california",
        "state_team",
        "CA",
        ["preconception-interconception", "social-determinants"],
    ),
    ("Puerto Rico Team", "puerto-rico", "state_team", "PR", ["preterm-early-term"]),
    (
        "Guam Team",
        "guam",
        "state_team",
        "GU",
        ["preconception-interconception", "risk-appropriate-care"],
    ),
]

TITLES = [
    "MCH epidemiologist",
    "Perinatal nurse manager",
    "Community health worker",
    "Title V program director",
    "Doula",
    "Lactation consultant",
    "Medicaid policy analyst",
    "Data manager",
    "Obstetric hospitalist",
    "Home visiting coordinator",
    "Neonatal nurse practitioner",
    "Health equity coordinator",
    "Tobacco treatment specialist",
    "Family planning program lead",
    "Quality improvement advisor",
]

BIO_OPENINGS = [
    "Works where clinical care meets public health.",
    "Came to this work after years on a labor and delivery unit.",
    "Spends most days with families in their homes.",
    "Turns vital records and hospital data into something a team can act on.",
    "Organizes with parents and neighbors so their priorities lead the work.",
]
BIO_FOCUS = [
    "Right now helping the team test teach-back on safe sleep before discharge.",
    "Runs the monthly data huddle and keeps the run charts up to date.",
    "Links the team with home visiting programs across the county.",
    "Works to make quit support part of every prenatal visit for people who smoke.",
    "Keeps the team's PDSA log and the notes of its meetings.",
    "Makes sure parents who lost a baby have a voice in the team's plans.",
    "Focuses on the postpartum visit and the first weeks at home.",
    "Watches how the team's measures differ by race and by county.",
]


@dataclass
class Person:
    """A demo login the command prints at the end."""

    username: str
    name: str
    does: str
    superuser: bool = False
    role: SiteRole | None = None
    team: str | None = None
    team_role: str = Membership.Role.MEMBER
    profile: dict = field(default_factory=dict)


DEMO_LOGINS = [
    Person("admin", "Site Administrator", "everything, including the Wagtail admin", True),
    Person(
        "editor",
        "Dana Whitfield",
        "curates content in the admin",
        role=SiteRole.EDITOR,
        profile={"title": "Content editor"},
    ),
    Person(
        "facilitator",
        "Marcus Reyes",
        "coaches the Ohio and Missouri teams",
        role=SiteRole.FACILITATOR,
        profile={"title": "Improvement facilitator"},
    ),
    Person(
        "moderator",
        "Priya Natarajan",
        "moderates discussions",
        role=SiteRole.MODERATOR,
        profile={"title": "Community moderator"},
    ),
    Person(
        "faculty",
        "Helen Osei",
        "faculty expert for safe sleep",
        role=SiteRole.FACULTY,
        profile={"title": "Pediatrician and faculty lead"},
    ),
    Person(
        "ohio.lead",
        "Karen Mitchell",
        "leads the Ohio State Team and approves requests",
        team="ohio",
        team_role=Membership.Role.LEAD,
        profile={"title": "Title V program director", "organisation": "Ohio health department"},
    ),
    Person(
        "ohio.member",
        "Jamal Carter",
        "data lead of the Ohio State Team: enters its measures",
        team="ohio",
        team_role=Membership.Role.DATA_LEAD,
        profile={"title": "MCH epidemiologist", "organisation": "Ohio health department"},
    ),
    Person(
        "missouri.member",
        "Rosa Delgado",
        "member of the Missouri State Team (Ohio's team space is closed to her)",
        team="missouri",
        profile={
            "title": "Perinatal nurse consultant",
            "organisation": "Missouri health department",
        },
    ),
    Person(
        "lansing.organizer",
        "Tamika Brooks",
        "community organizer on the Lansing task force: takes her turn running its meetings",
        team="lansing-task-force",
        team_role=Membership.Role.COMMUNITY_ORGANIZER,
        profile={"title": "Community organizer", "organisation": "Eastside Families Network"},
    ),
    Person(
        "newcomer",
        "Sam Lee",
        "has asked to join the Ohio State Team; try another team",
        profile={"title": "Community health worker"},
    ),
]
GENERATED_PEOPLE = 52  # with the demo logins, about 60 people


class CommunitySeeder:
    def __init__(self, rng: random.Random, out) -> None:
        self.rng = rng
        self.out = out
        self.fake = Faker("en_US")
        self.fake.seed_instance(rng.randrange(2**32))
        self.created = 0

    def run(self) -> list[Person]:
        networks = self.networks()
        teams = self.teams(networks)
        self.demo_logins(teams)
        self.generated_people(teams)
        self.home_page()
        self.out(f"  community: {self.created} new rows")
        return DEMO_LOGINS

    def _count(self, created: bool) -> None:
        self.created += int(created)

    def networks(self) -> dict[str, LearningNetwork]:
        networks = {}
        for order, (slug, name, colour, aim, description) in enumerate(NETWORKS):
            network, created = LearningNetwork.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "colour": colour,
                    "short_aim": aim,
                    "description": description,
                    "sort_order": order,
                },
            )
            self._count(created)
            networks[slug] = network
        return networks

    def teams(self, networks: dict[str, LearningNetwork]) -> dict[str, Team]:
        jurisdictions = {j.postal_code: j for j in Jurisdiction.objects.all()}
        teams = {}
        for name, slug, kind, code, network_slugs in TEAMS:
            team, created = Team.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "kind": kind,
                    "jurisdiction": jurisdictions[code],
                    "description": self._team_description(kind, jurisdictions[code]),
                },
            )
            if created:
                team.networks.set([networks[s] for s in network_slugs])
            self._count(created)
            teams[slug] = team
        return teams

    def _team_description(self, kind: str, jurisdiction: Jurisdiction) -> str:
        where = jurisdiction.name
        return {
            "state_team": f"The state team for {where}: the health department's maternal and "
            "child health program with Medicaid, hospitals and community partners.",
            "hospital": f"A birthing hospital in {where} testing changes on its own units and "
            "sharing its data with the state team.",
            "county_hub": f"A county hub in {where} where the health department, local "
            "non-profits and families plan the work together.",
            "task_force": f"Hospital leaders and community organizers in {where} who run their "
            "meetings by rotating leadership and set the agenda together.",
        }[kind]

    def _user(self, username: str, name: str, **profile) -> tuple[User, bool]:
        existing = User.objects.filter(username=username).first()
        if existing:
            return existing, False
        first, _, last = name.partition(" ")
        user = UserFactory(
            username=username,
            first_name=first,
            last_name=last,
            password=DEFAULT_PASSWORD,
            profile__display_name=name,
            **{f"profile__{k}": v for k, v in profile.items()},
        )
        return user, True

    def demo_logins(self, teams: dict[str, Team]) -> None:
        for person in DEMO_LOGINS:
            user, created = self._user(person.username, person.name, **person.profile)
            self._count(created)
            if created and person.superuser:
                user.is_superuser = user.is_staff = True
                user.save(update_fields=["is_superuser", "is_staff"])
            if person.role:
                user.groups.add(Group.objects.get(name=person.role.value))
            if person.team:
                _, created = Membership.objects.get_or_create(
                    user=user, team=teams[person.team], defaults={"role": person.team_role}
                )
                self._count(created)
        facilitator = User.objects.get(username="facilitator")
        for slug in ("ohio", "missouri", "pemiscot-county-hub"):
            teams[slug].faculty.add(facilitator)
        teams["ohio"].faculty.add(User.objects.get(username="faculty"))
        # Someone waiting for the Ohio lead's answer, so the approval flow shows.
        newcomer = User.objects.get(username="newcomer")
        if not JoinRequest.objects.filter(user=newcomer, team=teams["ohio"]).exists():
            JoinRequest.objects.create(
                user=newcomer,
                team=teams["ohio"],
                message="I run a safe sleep class at our WIC clinic and would like to help.",
            )
            self.created += 1

    def generated_people(self, teams: dict[str, Team]) -> None:
        team_list = list(teams.values())
        roles = [Membership.Role.MEMBER] * 5 + [
            Membership.Role.COMMUNITY_ORGANIZER,
            Membership.Role.DATA_LEAD,
        ]
        seen: set[str] = set()
        for index in range(GENERATED_PEOPLE):
            first, last = self.fake.first_name(), self.fake.last_name()
            team = team_list[index % len(team_list)]
            username = slugify(f"{first}.{last}").replace("-", "")[:26] or f"member{index}"
            if username in seen:  # the same seed gives the same twins, run after run
                username = f"{username}{index}"
            seen.add(username)
            user, created = self._user(
                username,
                f"{first} {last}",
                title=self.rng.choice(TITLES),
                organisation=team.name,
                jurisdiction=team.jurisdiction,
                bio=f"{self.rng.choice(BIO_OPENINGS)} {self.rng.choice(BIO_FOCUS)}",
            )
            self._count(created)
            # The first person on each team that has no lead leads it.
            has_lead = team.memberships.filter(role=Membership.Role.LEAD).exists()
            role = Membership.Role.LEAD if not has_lead else self.rng.choice(roles)
            _, created = Membership.objects.get_or_create(
                user=user, team=team, defaults={"role": role}
            )
            self._count(created)

    def home_page(self) -> None:
        home = ensure_home_page()
        if home.body:
            return
        home.hero_intro = (
            "<p>State and hospital teams share what they make, test changes together and "
            "talk every day with peers who face the same problems — so more babies reach "
            "their first birthday, whatever their race or where they are born.</p>"
        )
        home.body = [
            (
                "section",
                {
                    "heading": "All teach, all learn",
                    # No head count here: the figures above the text count the teams.
                    "text": "<p>The collaborative brings together state teams, hospitals, county "
                    "hubs and hospital–community task forces in six learning networks. Each team "
                    "picks one to three strategy areas, sets a "
                    "measurable aim and runs small tests of change. What works in one state is "
                    "shared here so the next state can start further along.</p>",
                },
            ),
            (
                "section",
                {
                    "heading": "Why it matters",
                    "text": (
                        "<p>Babies born to Black mothers in the United States die in their first "
                        "year at more than twice the rate of babies born to white mothers. When "
                        "the national network last worked together, infant mortality fell by "
                        "five percent and four in five states saw their rate drop. The gap "
                        "remains.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Is your team here?",
                    "text": "Find your state's team, ask to join, and its lead will let you in.",
                    "link_label": "Find your team",
                    "url": "/teams/",
                },
            ),
        ]
        home.save_revision().publish()
        self.created += 1


def seed(rng: random.Random, out) -> list[Person]:
    return CommunitySeeder(rng, out).run()

"""Demo webinar archive: presenters, two series, and recorded and upcoming webinars."""

# Pure data with no Django imports, so it can be read and checked without a database.
#
# Facts about the Infant Mortality CoIIN, the Louisiana PQC, Bootheel Babies and Families and
# QI-TRACS come from their public summaries, retold in our own words; figures that the toolkit
# demo marks as illustrative are illustrative here too. All presenters are fictional people,
# and the sessions, quotes and local details are invented for the demo.
#
# Each recorded webinar carries WebVTT captions for the first 20 minutes only (the length of
# the demo video), and its chapter times, in seconds, point into that same stretch. Dates are
# relative: days_from_now counts from the day the demo is loaded, and start is the local time
# of day in the organiser's time zone.

PRESENTERS = [
    {
        "slug": "helen-osei",
        "name": "Helen Osei",
        "title": "Paediatrician and faculty lead",
        "organisation": "Safe Sleep Learning Network",
        "bio": (
            "Helen Osei is a general paediatrician in Oakland, California, and faculty lead for "
            "the safe sleep learning network. Much of her career has been spent on hospital "
            "newborn care and on making safe sleep advice fit the real lives of families. She also "
            "coaches paediatric practices that want to check on parents' own health at well-baby "
            "visits."
        ),
        "user": "faculty",
    },
    {
        "slug": "marcus-reyes",
        "name": "Marcus Reyes",
        "title": "Improvement facilitator",
        "organisation": "Collaboratory improvement team",
        "bio": (
            "Marcus Reyes coaches the Ohio and Missouri state teams in the Collaboratory. A former "
            "intensive care nurse, he teaches teams to run small tests of change and to read run "
            "charts without fear. He hosts many of the Team Spotlight sessions."
        ),
        "user": "facilitator",
    },
    {
        "slug": "karen-mitchell",
        "name": "Karen Mitchell",
        "title": "Title V program director",
        "organisation": "Ohio health department",
        "bio": (
            "Karen Mitchell directs Ohio's Title V maternal and child health programme and leads "
            "the Ohio State Team. She guided the state's work with birthing hospitals on early "
            "elective deliveries and now oversees its preterm birth prevention work."
        ),
        "user": "ohio.lead",
    },
    {
        "slug": "carla-wren",
        "name": "Carla Wren",
        "title": "Hub coordinator",
        "organisation": "Pemiscot County Hub, Bootheel Babies and Families",
        "bio": (
            "Carla Wren coordinates the Pemiscot County hub of Bootheel Babies and Families in "
            "south-east Missouri. She grew up in the Bootheel and worked as a community health "
            "worker before joining the hub. Today she keeps its partners, referrals and shared "
            "measures moving."
        ),
        "user": None,
    },
    {
        "slug": "monique-ellis",
        "name": "Monique Ellis",
        "title": "Community organiser and doula",
        "organisation": "Lansing Hospital–Community Task Force",
        "bio": (
            "Monique Ellis is a doula and community organiser who co-leads the Lansing task force "
            "in Michigan's QI-TRACS collaborative. She has supported Lansing families through "
            "birth and breastfeeding for more than a decade. She speaks often about how hospitals "
            "and communities can share power."
        ),
        "user": None,
    },
    {
        "slug": "simone-batiste",
        "name": "Simone Batiste",
        "title": "Obstetrician and obstetric lead",
        "organisation": "Louisiana State Team",
        "bio": (
            "Simone Batiste is an obstetrician in New Orleans and the obstetric lead for the "
            "Louisiana State Team. She worked with the state's perinatal quality collaborative on "
            "obstetric haemorrhage and on reporting maternal harm by race. She also serves as "
            "faculty for the preterm and early term network."
        ),
        "user": None,
    },
    {
        "slug": "nathaniel-boone",
        "name": "Nathaniel Boone",
        "title": "Neonatologist and regional perinatal lead",
        "organisation": "Mississippi State Team",
        "bio": (
            "Nathaniel Boone is a neonatologist and the regional perinatal lead for the "
            "Mississippi State Team. He led the state's assessment of hospital levels of care and "
            "helped set up a single transfer line for mothers and newborns."
        ),
        "user": None,
    },
    {
        "slug": "beth-ann-hollins",
        "name": "Beth Ann Hollins",
        "title": "Tobacco treatment specialist",
        "organisation": "Tennessee State Team",
        "bio": (
            "Beth Ann Hollins is a tobacco treatment specialist who works with the Tennessee State "
            "Team and with prenatal clinics in East Tennessee. She helped link those clinics to "
            "the state quitline by electronic referral. Her current focus is helping mothers and "
            "partners stay smoke-free after the birth."
        ),
        "user": None,
    },
    {
        "slug": "rosa-taitano",
        "name": "Rosa Taitano",
        "title": "Family planning program lead",
        "organisation": "Guam Team",
        "bio": (
            "Rosa Taitano leads family planning work for the Guam team. She worked with the "
            "island's Medicaid programme and birthing hospital to offer contraception before "
            "discharge and to book postpartum visits in hospital. She insists that counselling "
            "comes first, in the language each woman speaks at home."
        ),
        "user": None,
    },
    {
        "slug": "alicia-dunbar",
        "name": "Alicia Dunbar",
        "title": "Perinatal nurse manager",
        "organisation": "Georgia State Team",
        "bio": (
            "Alicia Dunbar is a perinatal nurse manager who led hospital safe sleep work with the "
            "Georgia State Team. She designed the five-item bassinet audit that participating "
            "units used. She runs the state's monthly call for hospital safe sleep leads."
        ),
        "user": None,
    },
]

SERIES = [
    {
        "slug": "expert-webinars",
        "title": "Expert Webinar Series",
        "intro": (
            "National faculty and experienced practitioners take one strategy area at a time and "
            "walk through the evidence, the measures and the changes teams have tested. Every "
            "recording has chapters and full captions, so you can go straight to the part your "
            "team needs."
        ),
    },
    {
        "slug": "team-spotlights",
        "title": "Team Spotlights",
        "intro": (
            "State teams, hospitals, county hubs and community organisers tell the story of their "
            "own improvement work, including the tests that failed. Each session is a conversation "
            "with a Collaboratory facilitator or faculty member and ends with open questions from "
            "other teams."
        ),
    },
]

WEBINARS = [
    {
        "slug": "safe-sleep-on-the-unit",
        "series": "expert-webinars",
        "title": "What families see is what they do: safe sleep on maternity units",
        "abstract": (
            "Parents copy what nurses do with their baby in the first days after birth, often more "
            "faithfully than anything in a leaflet. Helen Osei explains why the hospital bassinet "
            "is one of the strongest safe sleep messages a family receives, and why Black and "
            "American Indian and Alaska Native babies still die suddenly and unexpectedly at more "
            "than double the rate of white babies.\n\n"
            "Alicia Dunbar then shows how Georgia birthing hospitals used a five-item bassinet "
            "audit, monthly run charts and teach-back at discharge to change practice on their "
            "units, what they did about loose blankets and signed pledges, and why the night shift "
            "has to be part of the audit.\n\n"
            "For hospital nurses, nurse managers, NICU teams and state safe sleep leads."
        ),
        "networks": ["safe-sleep"],
        "topics": ["safe sleep", "hospital practice", "equity"],
        "presenters": ["helen-osei", "alicia-dunbar"],
        "change_ideas": [
            "model-safe-sleep-on-maternity-units",
            "teach-back-safe-sleep-before-discharge",
            "transition-nicu-babies-to-safe-sleep",
        ],
        "days_from_now": -873,
        "start": "10:00",
        "time_zone": "America/Los_Angeles",
        "duration_minutes": 60,
        "recorded": True,
        "chapters": [
            (0, "Welcome and aims"),
            (178, "Why the hospital bassinet matters"),
            (407, "Racial disparities in sudden infant death"),
            (672, "Georgia's bassinet audit"),
            (891, "Teach-back instead of a signed pledge"),
            (1052, "NICU babies and the night shift"),
        ],
        "captions": """WEBVTT

00:00.000 --> 00:34.500
Helen: Good morning from Oakland, and good afternoon to everyone joining from the East Coast.
I'm Helen Osei, a general paediatrician and faculty lead for the safe sleep learning network,
and I'm glad to see so many nurses and hospital teams on the line today.

00:34.500 --> 01:13.000
Over the next hour we want to do three things. First, look at why what happens in the hospital
bassinet shapes what parents do at home; second, be honest about who is dying and why; and
third, hear from Alicia Dunbar about how Georgia hospitals actually changed practice on their
units.

01:13.000 --> 01:43.000
A quick housekeeping note before we start. The chat is open, so please tell us your role and
your state, and drop questions in the Q&A box at any time, because we'll save the last twenty
minutes for them.

01:43.000 --> 02:32.500
I'm going to launch a one-question poll now. When you last walked onto your own postpartum unit,
how many bassinets do you think would have passed a five-point safe sleep check?

02:32.500 --> 02:58.000
Thank you. Most of you chose "about half" or "I honestly don't know," and that second answer is
the one we'll come back to, because you can't improve what nobody has looked at.

02:58.000 --> 03:30.500
Let's start with the size of the problem. Every year in this country roughly 3,500 babies die
suddenly and unexpectedly, most of them during sleep, and a large share of those deaths happen
in a place or position we know carries risk.

03:30.500 --> 04:03.500
The recommendations themselves are not complicated. Back to sleep for every sleep, on a firm,
flat surface, in the baby's own crib or bassinet, in the parents' room but not in their bed,
with nothing soft or loose in there with the baby.

04:03.500 --> 04:34.500
The American Academy of Pediatrics updated its guidance in 2022, and some of the changes matter
for hospitals: no inclined sleepers, no weighted sleep sacks or weighted swaddles, and
room-sharing without bed-sharing, ideally for at least the first six months.

04:34.500 --> 05:10.500
What is complicated is that families hear mixed messages. A grandmother raised five children on
their tummies, a product on the store shelf says it's made for sleep, and then in the hospital a
well-meaning nurse rolls up a blanket and props the baby on its side.

05:10.500 --> 05:39.000
Parents watch us closely in those first two or three days. If the bassinet we hand back has a
rolled blanket in it, that picture stays with them far longer than the leaflet in the discharge
folder.

05:39.000 --> 06:10.500
We hear this in family interviews again and again. Parents tell us the nurses did it that way so
they assumed it was fine, and they're right to trust us, which is exactly why our practice has
to match our advice.

06:10.500 --> 06:47.000
So the driver we focus on in this network is simple to say: hospitals show and teach safe sleep
every time. The change ideas underneath it are modelling safe sleep on the unit, teach-back at
discharge, and moving NICU babies to safe sleep well before they go home.

06:47.000 --> 07:24.500
Now I want to spend a few minutes on who carries the burden, because an average hides a lot.
Black babies and American Indian and Alaska Native babies die suddenly and unexpectedly at more
than double the rate of white babies, and that gap has been stubborn for decades.

07:24.500 --> 07:59.000
When teams first see safe sleep disparities laid out by race, the temptation is to explain them
away as family choices. I'd ask you to resist that, because the data point much more toward
circumstances and systems than toward how much parents love their babies.

07:59.000 --> 08:32.000
Think about what sits behind the numbers. Black mothers are more likely to give birth preterm,
and preterm babies spend weeks in the NICU sleeping on their tummies for medical reasons, then
go home with parents who have watched that for a month.

08:32.000 --> 09:06.000
Families working night shifts, sharing crowded housing or moving between relatives may not have
a safe place for a crib. And some parents bed-share precisely because they're trying to protect
the baby, from cold, from pests, or from a neighbourhood where they don't feel safe.

09:06.000 --> 09:36.500
We also hear in family interviews that Black parents get less consistent advice and feel judged
more often when they ask questions. If a conversation feels like a lecture, people stop telling
you what they actually do at night.

09:36.500 --> 10:08.000
So what does that mean for an improvement team? Start by splitting every safe sleep measure you
have by race, by ethnicity and by payer, meaning Medicaid versus private insurance, and look at
it every month rather than once a year.

10:08.000 --> 10:38.000
Second, ask families. Two or three conversations with mothers who bed-share will teach you more
about your next test of change than another round of posters, and community partners can often
host those conversations better than the hospital can.

10:38.000 --> 11:12.000
Third, look at your own process measures by race before you look at deaths. If Black families on
your unit are less likely to get teach-back, or less likely to leave with a crib referral,
that's a gap your own system created and can close.

11:12.000 --> 11:43.000
Alicia: Thanks, Helen. I'm Alicia Dunbar, a perinatal nurse manager, and I worked with the
Georgia state team on hospital safe sleep, so I want to show you what that poll question looks
like when you actually go and count.

11:43.000 --> 12:17.000
When we started, hospitals told us they were fine, because every family got a safe sleep
brochure. Then we did spot checks and found babies on their sides, positioning rolls, loose
blankets, and a couple of bassinets parked right up against the mother's bed.

12:17.000 --> 12:50.500
So we built a five-item bassinet audit: baby on the back, flat surface, nothing loose in the
bassinet, a wearable blanket instead of a loose one, and the bassinet not on or touching the
adult bed. The charge nurse checks twenty bassinets a week.

12:50.500 --> 13:24.500
On the run chart you can see our first months sitting around 41 percent of bassinets passing all
five items. The numbers on this slide are illustrative rather than any one hospital's real data,
but the shape is very typical of what hospitals find.

13:24.500 --> 13:53.000
We also kept a simple tally of which item failed, because a single pass rate doesn't tell you
what to fix. That tally turned out to be the most useful sheet of paper in the whole project.

13:53.000 --> 14:20.000
The first real jump came from something boring. Loose blankets were the number one failure,
because the units didn't stock wearable blankets in newborn sizes, so we fixed supply before we
did any more education.

14:20.000 --> 14:51.000
After that we posted the results on each unit every month, by unit and never by nurse, and
hospital leads compared their charts on a monthly state call. Over about a year, the
participating units got to roughly 90 percent.

14:51.000 --> 15:18.500
The second thing we changed was discharge. Hospitals had been asking parents to sign a
safe sleep pledge, and nearly every family signed, so the pledge told us nothing about what
would happen at home.

15:18.500 --> 15:46.000
Worse, it replaced the conversation. Now nurses ask a few open questions instead, like "Show me
where the baby will sleep tonight" and "What will you do when she won't settle at three in the
morning?"

15:46.000 --> 16:16.500
We trained nurses in short practice sessions at the start of a shift, where one nurse played a
tired parent and another practised asking without lecturing. The first tries were awkward, and
by the third week it sounded natural.

16:16.500 --> 16:50.500
If a parent says the baby will sleep in the bed with them, the nurse doesn't scold. She asks
what's behind that and whether there's a crib at home, and we can connect a family without one
to a portable crib programme before they leave.

16:50.500 --> 17:32.000
Helen: I want to underline that, because this is where the equity work and the unit work meet.
The families most likely to say "in the bed with me" are often the families with the fewest
options, so teach-back only helps if it leads to a crib, a follow-up call or a home visit.

17:32.000 --> 18:05.500
Alicia: One last piece before questions. NICU graduates were going home after weeks on their
fronts, so we agreed with neonatology on the point when a stable baby moves to back sleeping in
a flat, empty crib, ideally a week or more before discharge.

18:05.500 --> 18:37.000
The NICU nurses were worried at first, because lying on the tummy is good medicine for some
babies early on. We agreed the criteria together, so the switch happened when the baby was ready
and not because a checklist said so.

18:37.000 --> 19:05.500
And a lesson we learned the hard way: involve the night shift early. Our day-shift audits looked
great for months, while at night tired parents asked for babies to be wrapped in blankets and
staff said yes.

19:05.500 --> 19:33.000
Once night nurses were doing some of the audits, the numbers dropped for a while and then
climbed for real. I'd much rather see an honest dip than a chart that only flatters one shift.

19:33.000 --> 20:00.000
Helen: That's a perfect place to turn to your questions. The first one asks whether a signed
pledge does any harm if you also do teach-back, and Alicia, I think you've half answered it
already.
""",
    },
    {
        "slug": "ohio-hard-stop-early-elective-deliveries",
        "series": "team-spotlights",
        "title": "Hard stops and monthly run charts: how Ohio cut early elective deliveries",
        "abstract": (
            "The preterm and early term learning network asked states to cut deliveries scheduled "
            "before 39 weeks without a medical reason by a third. Karen Mitchell, who directs "
            "Ohio's Title V programme, talks with facilitator Marcus Reyes about how the state "
            "team got there: PC-01 data returned to every birthing hospital as a one-page run "
            "chart within two weeks, a model hard-stop policy with a booking form, and an "
            "obstetrician from an early-adopting hospital who talked colleagues through it.\n\n"
            "Karen is also candid about what failed, including quarterly reports that arrived too "
            "late to be useful and a poster campaign that changed nothing in the booking logs.\n\n"
            "For state perinatal leads, obstetric department chairs, labour and delivery managers "
            "and scheduling staff."
        ),
        "networks": ["preterm-early-term"],
        "topics": ["early elective delivery", "hospital policy", "run charts"],
        "presenters": ["karen-mitchell", "marcus-reyes"],
        "change_ideas": [
            "adopt-a-hard-stop-policy-for-elective-deliveries",
            "share-hospital-eed-rates-monthly",
            "explain-the-value-of-39-weeks-to-families",
        ],
        "days_from_now": -808,
        "start": "13:00",
        "time_zone": "America/New_York",
        "duration_minutes": 60,
        "recorded": True,
        "chapters": [
            (0, "Welcome and where Ohio started"),
            (261, "Why 39 weeks matters"),
            (498, "Monthly data hospitals could trust"),
            (705, "The hard-stop policy in practice"),
            (1036, "What didn't work"),
        ],
        "captions": """WEBVTT

00:00.000 --> 00:36.000
Marcus: Hi everyone, and welcome to this Team Spotlight. I'm Marcus Reyes, an improvement
facilitator with the Collaboratory, and I had the privilege of coaching the Ohio team through
the work you're about to hear about.

00:36.000 --> 01:09.000
Our guest is Karen Mitchell, who directs the Title V programme at the Ohio health department.
Karen, when Ohio joined the preterm and early term learning network, what did the picture look
like?

01:09.000 --> 01:52.500
Karen: Thanks, Marcus. Honestly, it looked like a patchwork: a few of our birthing hospitals had
already stopped booking elective inductions before 39 weeks, and others were still scheduling
them at 37 and 38 weeks because it suited the family or the doctor's calendar.

01:52.500 --> 02:27.500
And almost everyone believed they were already doing well. When we asked obstetric chairs, most
of them guessed their rate was close to zero, and they had no way of checking that against
anyone else.

02:27.500 --> 03:01.500
Our only state-level source was the birth certificate, which reached us more than a year late.
You can't run a test of change on data that tell you what happened the year before last.

03:01.500 --> 03:29.000
We also had no shared definition. Some hospitals counted only inductions, some counted only
caesareans, and a few counted anything on the schedule, which made comparisons meaningless.

03:29.000 --> 03:43.000
Marcus: And the national aim gave you something concrete to aim for.

03:43.000 --> 04:21.000
Karen: It did. The network set out to cut early elective deliveries by a third, and we adopted
that as Ohio's aim, which felt very ambitious when we first wrote it at the top of our driver
diagram.

04:21.000 --> 04:47.500
Marcus: Before we get to the how, let's be clear on the what, because people still mix up the
terms. Karen, what exactly are we counting?

04:47.500 --> 05:35.000
Karen: An early elective delivery is a scheduled induction or a scheduled caesarean, with no
medical reason for it, before the pregnancy reaches 39 weeks. Babies born between 37 and 39
weeks are called early term, which is not the same as preterm; preterm means born before 37
weeks.

05:35.000 --> 06:21.500
But early term babies still do worse than babies who reach 39 weeks. They're more likely to need
help breathing, to go to the NICU, and to struggle with feeding and jaundice, and those last
weeks of pregnancy matter a great deal for the brain and lungs.

06:21.500 --> 06:50.500
Marcus: And families don't always know this. Plenty of people have heard that a baby is full
term at 37 weeks, so an early date can sound perfectly safe.

06:50.500 --> 07:13.000
Karen: Exactly, and that's nobody's fault. The definitions changed, and some of our own
clinicians learned the older ones in training.

07:13.000 --> 07:52.500
The measure we used is the Joint Commission's PC-01. Roughly speaking, it counts women delivered
electively between 37 and 39 weeks without a medical reason, out of all deliveries in that
window, leaving out the conditions on the approved list.

07:52.500 --> 08:18.000
Hospitals already collected PC-01 for accreditation, and that's the single best reason we chose
it. We weren't asking anybody to build a new data system.

08:18.000 --> 08:56.000
So the first change was about feedback. Each birthing hospital sent us its PC-01 numerator and
denominator every month, and within two weeks we sent back a one-page run chart with the
hospital's line next to the state's.

08:56.000 --> 09:22.500
Marcus: I want to pause on those two weeks, because that's where a lot of teams slip. Karen, you
started out doing this quarterly, didn't you?

09:22.500 --> 10:04.000
Karen: We did, and it was a mistake. By the time a quarterly report arrived, nobody could
connect a bump on the chart to anything that had happened on the unit, so the chart became a
report card rather than a tool.

10:04.000 --> 10:34.500
When we went monthly, the conversation changed. A nurse manager could say, that spike in March
is the two inductions booked by the locum, and that's something you can fix.

10:34.500 --> 11:07.000
We also put a median line on every chart and taught hospital leads the few simple run chart
rules for spotting a real shift, so they stopped reacting to every single point.

11:07.000 --> 11:45.000
Marcus: The run charts also showed us which hospitals needed more help. The ones with the
highest rates got a monthly coaching call, and we kept those calls short, twenty minutes,
focused on one test at a time.

11:45.000 --> 12:24.000
Karen: The change that moved the needle most was the hard stop. In plain terms, the scheduling
desk will not book an induction or caesarean before 39 weeks unless a documented reason from the
approved list comes with the request.

12:24.000 --> 12:57.500
If a physician disagrees, it doesn't just go through anyway. The request goes to the department
chair or a designated obstetric lead, who either approves it with a reason or turns it down.

12:57.500 --> 13:30.500
We shared a model policy and a booking form so no hospital had to write its own from scratch.
Most hospitals adapted the form and had it running within two or three months.

13:30.500 --> 14:07.500
The form asks for the gestational age, dated by an early ultrasound or a reliable last period,
and the medical reason, chosen from a list. If the reason box is empty, the scheduler can't
finish the booking.

14:07.500 --> 14:23.000
Marcus: And you had a physician champion who did a lot of the persuading.

14:23.000 --> 15:05.500
Karen: We did. An obstetrician from Lake Erie Regional Medical Center, one of our early
adopters, got on the phone with colleagues at other hospitals and walked them through how it
worked on an ordinary Tuesday, including what happened when people pushed back.

15:05.500 --> 15:36.500
Peers believe peers. A letter from the health department is easy to ignore, but another
department chair saying "we did this and our schedule survived" is much harder to argue with.

15:36.500 --> 15:53.000
Marcus: There was some pushback about patient choice as well. How did you handle that?

15:53.000 --> 16:32.000
Karen: We were clear that the policy covers scheduled deliveries without a medical reason. Women
still go into labour when they go into labour, and a medical reason is always respected; what
stops is booking a date for convenience.

16:32.000 --> 17:16.000
Marcus: For the record, between 2014 and 2016 early elective deliveries in the reporting
hospitals fell by 38 percent, which is past the one-third aim. The hospital-level numbers on
this slide are illustrative, because we agreed not to show individual hospitals' real rates in
public.

17:16.000 --> 17:51.000
Karen: Now the part I like to tell, because it saves other states time. We started by trying to
reduce demand, with posters and leaflets in prenatal waiting rooms about the value of 39 weeks.

17:51.000 --> 18:21.500
After three months, the booking logs showed no fall at all in inductions requested by patients.
Clinic staff told us hardly anyone took a leaflet, and fewer still read one.

18:21.500 --> 18:52.000
So we stopped the posters and asked prenatal clinicians to raise it in person by the 32-week
visit, in one or two sentences, before anyone has started planning a date.

18:52.000 --> 19:24.000
We'd also bring the scheduling clerks in much earlier. They were the ones actually saying no to
a booking, and for the first month nobody had properly explained the policy to them.

19:24.000 --> 20:00.000
Marcus: That's a great example of a PDSA cycle that failed cleanly and still taught you
something. Let's open it up; the first question asks how you handled hospitals that insisted
their rate was already zero.
""",
    },
    {
        "slug": "bootheel-county-hubs",
        "series": "team-spotlights",
        "title": "County hubs in the Bootheel: six rural counties and a shared aim",
        "abstract": (
            "Bootheel Babies and Families set out to reduce infant deaths across six rural "
            "counties in south-east Missouri by 15% by 2022 and to close the gap between Black and "
            "white families; the region passed the 15% mark in 2017 and again in 2018. Carla Wren, "
            "who coordinates the Pemiscot County hub, explains how a hub of health department "
            "staff, non-profits, churches, employers and residents shares one aim and a short list "
            "of measures.\n\n"
            "She is open about a paper referral form that failed, the coordinator's phone call "
            "that replaced it, and an equity data profile showing that transport, not clinic "
            "hours, kept women from prenatal care. Facilitator Marcus Reyes adds advice on "
            "steering rural work with process measures rather than infant deaths."
        ),
        "networks": ["social-determinants"],
        "topics": ["county hubs", "rural health", "closed-loop referral", "equity"],
        "presenters": ["carla-wren", "marcus-reyes"],
        "change_ideas": [
            "form-county-hubs-with-a-shared-aim",
            "screen-for-social-needs-with-closed-loop-referral",
            "build-county-equity-data-profiles",
        ],
        "days_from_now": -740,
        "start": "12:00",
        "time_zone": "America/Chicago",
        "duration_minutes": 60,
        "recorded": True,
        "chapters": [
            (0, "Welcome"),
            (155, "The Bootheel and the aim"),
            (378, "How a county hub works"),
            (591, "The referral form that failed"),
            (762, "Equity data profiles"),
            (1023, "Keeping the gains"),
        ],
        "captions": """WEBVTT

00:00.000 --> 00:37.500
Marcus: Good afternoon, and welcome to Team Spotlights. I'm Marcus Reyes, and I coach the
Missouri team, so I'm very happy to introduce Carla Wren, the hub coordinator in Pemiscot
County, down in the Bootheel.

00:37.500 --> 01:17.000
Carla: Thank you, Marcus, and hello, everyone. I'm going to talk about how our county hub works,
what we tried that failed, and what our region learned from looking at its own data in a
different way.

01:17.000 --> 02:14.500
Marcus: A quick poll while Carla brings up her slides: is your team working in a mostly rural
area, a mostly urban one, or both?

02:14.500 --> 02:35.000
Mostly rural or mixed, it looks like, so this should be close to home for many of you.

02:35.000 --> 03:22.000
Carla: For those who don't know it, the Bootheel is six rural counties in the far south-east
corner of Missouri. Babies there have died in their first year at much higher rates than
elsewhere in the state, and Black families have fared the worst.

03:22.000 --> 03:58.500
In 2013 the Missouri Foundation for Health started an infant mortality reduction initiative
focused on parts of St. Louis and on our six counties. Bootheel Babies and Families leads that
work in our region.

03:58.500 --> 04:26.000
What that gave us more than anything was time to build relationships. Rural work runs on trust,
and trust takes longer than a twelve-month grant.

04:26.000 --> 05:05.500
The regional goal was to cut infant deaths by fifteen percent by 2022 and to close the gap
between Black and white families. The region passed the fifteen percent mark early, in 2017, and
again in 2018.

05:05.500 --> 05:37.500
Marcus: I want to be careful with that, because people hear "goal met" and think the work is
done. Carla, how do you talk about those numbers at home?

05:37.500 --> 06:18.000
Carla: We say it's real progress and it's not the finish line. Infant deaths in a small county
are few, so one year can swing a lot, and the racial gap is the part we watch most closely.

06:18.000 --> 06:50.500
Each county has a hub. In Pemiscot that means the county health department, non-profits,
churches, a couple of employers, the schools, and residents, including parents who have lost a
baby.

06:50.500 --> 07:33.000
We agreed on one aim and a short list of shared measures, and we look at them together every
month. The hub also hired a coordinator, which is me, and my main job is keeping partners
connected to each other.

07:33.000 --> 08:15.500
Before the hub, lots of small organisations each met part of what a family needed, and nobody
saw the whole picture. A mother might be enrolled in three programmes and still have no way to
get to her prenatal appointment.

08:15.500 --> 08:45.000
Marcus: That's a good description of a system problem. Each organisation was doing its own job
well, and the family still fell through the gaps between them.

08:45.000 --> 09:16.500
From a QI point of view, the hub is the improvement team. It owns the aim, it owns the driver
diagram, and it decides which tests to run next.

09:16.500 --> 09:51.000
Carla: And everyone gets a vote on that, not just the agencies with budgets. Some of our best
test ideas came from a pastor and a mom who drives a school bus.

09:51.000 --> 10:30.000
Now the part I promised. Our partner clinics started asking every pregnant woman about food,
housing and transport, which was good, and then we built a shared paper referral form that
passed from agency to agency.

10:30.000 --> 10:58.500
It failed on every count. Forms went missing, families answered the same questions three times,
and none of us could tell whether help ever actually arrived.

10:58.500 --> 11:31.000
So we tested something simpler. When a clinic makes a referral, I call the family within ten
days and ask whether help came, and if it didn't, I chase it.

11:31.000 --> 12:00.500
We started small, with one clinic and the food pantry, for one month. Once it worked there, we
added housing and transport partners one at a time.

12:00.500 --> 12:42.000
It's low-tech, and it works because one person is responsible for closing each loop. Our measure
is the share of referrals where we know the outcome, and that went from almost none to most
families within a few months.

12:42.000 --> 13:30.500
Later, our six hub leaders worked with an outside consulting team to build equity data profiles,
one for the whole region and one for each county. They pull together birth outcomes, insurance,
income, transport, housing and where services are, broken down by race and by place.

13:30.500 --> 14:03.500
And the profile surprised us. We'd assumed women in the south of our county were missing
prenatal visits because of clinic hours, and we were about to test evening clinics.

14:03.500 --> 14:32.000
Marcus: This is a good moment to say that the profile was more than a spreadsheet. The numbers
started conversations, and the conversations explained the numbers.

14:32.000 --> 15:15.500
Carla: The data, and the conversations that went with them, said transport, not hours. A lot of
families in that part of the county have no car, and the nearest clinic is a long drive on a
road with no bus.

15:15.500 --> 15:50.000
We then sat down with residents to go through the whole profile and choose root causes to work
on. People who live with a problem read the data faster than we do.

15:50.000 --> 16:35.500
So we tested a ride scheme instead, with volunteer drivers from two churches and fuel cards for
families who had a car but no money for gas. Missed prenatal visits in that part of the county
started to fall within a few months.

16:35.500 --> 17:03.000
If I could do one thing differently, I'd build the profile first and choose priorities after. We
nearly spent a year testing the wrong change.

17:03.000 --> 17:43.500
The last piece is making it stick. With the same consulting team, the hubs set up a continuous
quality improvement routine focused on equity, so every process change gets checked for who it
helps and who it misses.

17:43.500 --> 18:17.000
In practice that means a short equity check on every PDSA form. Who does this change reach, who
might it miss, and did we ask the people affected before we started?

18:17.000 --> 19:00.500
Marcus: And one practical tip for other rural teams. Don't steer monthly tests by infant
mortality, because deaths are too rare and the data arrive too late; track process measures
monthly and look at mortality as pooled rates over several years.

19:00.500 --> 19:34.500
Carla: And choose measures the hub can act on. Referrals with a known outcome is something I can
change next week; the infant mortality rate is something we watch over years.

19:34.500 --> 20:00.000
Let's open it up. I see a question about how we pay for the coordinator, and I'm happy to be
honest about that.
""",
    },
    {
        "slug": "quitline-referrals-in-prenatal-care",
        "series": "expert-webinars",
        "title": (
            "Let the quitline make the first call: referring pregnant smokers from prenatal care"
        ),
        "abstract": (
            "Handing a pregnant patient the quitline number rarely leads to a call. Tobacco "
            "treatment specialist Beth Ann Hollins describes how four East Tennessee prenatal "
            "clinics moved from a printed card, to fax referrals sent in end-of-day batches, to an "
            "electronic referral from the health record that the quitline follows up within two "
            "business days.\n\n"
            "The session covers asking about every tobacco and nicotine product at every visit, "
            "the quitline's pregnancy protocol, weekly status reports back to clinics, a voucher "
            "test tied to carbon monoxide checks, and what state teams should ask their Medicaid "
            "agency about cessation coverage. It also covers tests that failed, such as text "
            "reminders sent to prepaid phones."
        ),
        "networks": ["smoking-cessation"],
        "topics": ["smoking cessation", "quitline", "referral", "medicaid"],
        "presenters": ["beth-ann-hollins", "marcus-reyes"],
        "change_ideas": [
            "send-electronic-quitline-referrals",
            "ask-about-tobacco-at-every-prenatal-visit",
            "offer-incentives-for-verified-quitting",
        ],
        "days_from_now": -655,
        "start": "14:00",
        "time_zone": "America/New_York",
        "duration_minutes": 60,
        "recorded": True,
        "chapters": [
            (0, "Welcome"),
            (197, "Why smoking in pregnancy still deserves our time"),
            (386, "Ask, advise, refer, and where it broke"),
            (541, "From batch faxes to electronic referral"),
            (835, "Small tests that failed"),
            (1034, "Coverage and what to measure"),
        ],
        "captions": """WEBVTT

00:00.000 --> 00:38.500
Marcus: Welcome, everyone. I'm Marcus Reyes from the Collaboratory improvement team, and today's
expert webinar is about one of the most practical changes in the smoking cessation network:
getting pregnant smokers from the exam room to the quitline.

00:38.500 --> 01:12.000
Our presenter is Beth Ann Hollins, a tobacco treatment specialist who works with the Tennessee
state team and with prenatal clinics in the eastern part of the state. Beth Ann, over to you.

01:12.000 --> 01:52.000
Beth Ann: Thank you, Marcus, and hello to everybody. I'll start with the aim that brought a lot
of states into this network, then show you the referral problem, what we changed, and some of
the things that went wrong.

01:52.000 --> 02:53.500
Marcus: Before you dive in, Beth Ann, a quick poll for everyone. Do the clinics you work with
send referrals to the quitline, or do they just give patients the number?

02:53.500 --> 03:17.000
Thanks, everyone. About two thirds of you say they just give out the number, which makes Beth
Ann's talk very well timed.

03:17.000 --> 04:03.500
Beth Ann: The network's aim was to raise the share of women who quit smoking before pregnancy by
ten percent over each state's own baseline, and many teams added quitting during pregnancy too.
That sounds modest until you remember how many other outcomes sit downstream of it.

04:03.500 --> 04:43.000
Smoking in pregnancy raises the risk of preterm birth, low birth weight, stillbirth and sudden
infant death. And after birth, a baby living with a smoker has a higher risk of sudden death and
of breathing problems through childhood.

04:43.000 --> 05:13.500
Quitting at any point in pregnancy helps, and quitting early helps most. So a referral in the
first trimester is worth far more than a heroic effort at 36 weeks.

05:13.500 --> 05:54.000
In Tennessee our rates are well above the national average, and they're highest in our rural
Appalachian counties and among women covered by Medicaid. So when we talk about this work, we're
talking about equity as much as about tobacco.

05:54.000 --> 06:26.000
One more thing before the data: please ask about every product. A lot of clinics still ask "Do
you smoke?", and a woman who vapes or uses snuff can honestly answer no.

06:26.000 --> 07:00.000
The basic clinical routine is short. Ask every patient about tobacco at every visit, advise her
clearly and kindly to quit, and refer her to treatment, which for most clinics means the
quitline.

07:00.000 --> 07:30.000
Advice matters more than clinicians think. A short, clear statement from her own provider,
without shame, is one of the reasons women most often give for trying to quit.

07:30.000 --> 08:00.500
For years, "refer" meant handing her a card with 1-800-QUIT-NOW printed on it. Our quitline
heard from very few pregnant women, and the clinics had no idea who had called.

08:00.500 --> 08:38.000
That's a very common pattern. If the referral depends on a pregnant woman with three other
children and a prepaid phone calling a stranger about something she feels guilty about, most of
those calls will never happen.

08:38.000 --> 09:01.000
So the key change is to flip it around. The clinic sends her details, with her permission, and
the quitline calls her.

09:01.000 --> 09:35.000
Our first version was the fax referral, which many states still use. A one-page form, signed by
the patient and faxed to the quitline, which then calls her within a couple of days.

09:35.000 --> 10:18.000
It was better than the card, but look at this run chart. Clinics were faxing in a batch at the
end of each day, and about a third of the forms arrived incomplete, unreadable, or with a phone
number that no longer worked.

10:18.000 --> 10:41.000
Marcus: That's a classic finding when a team actually studies its own process. Tell them what
you did about it, Beth Ann.

10:41.000 --> 11:22.000
Beth Ann: We worked with the quitline and four county health department prenatal clinics to send
the referral electronically, straight from the health record. The form won't submit without a
phone number the medical assistant has just confirmed with the patient.

11:22.000 --> 11:34.500
Marcus: Could clinics without an electronic record still do this?

11:34.500 --> 12:09.000
Beth Ann: Yes. Two of our smaller sites kept the fax but sent it during the visit, with the
patient still in the room to check her number, and their incomplete forms dropped sharply.

12:09.000 --> 12:44.500
The quitline agreed to call every referred pregnant patient within two business days and to use
its pregnancy protocol, which adds extra coaching calls that run through delivery and into the
months after the birth.

12:44.500 --> 13:20.500
And this is the part clinics loved: every week the quitline sends each clinic a status report.
Reached, enrolled, declined or couldn't contact, so the nurse knows whom to follow up with at
the next visit.

13:20.500 --> 13:55.000
With the illustrative numbers on this slide, you can see that the share of referred pregnant
smokers who enrolled more than tripled once the referral went electronic and the quitline made
the first call.

13:55.000 --> 14:24.000
Not every test worked. One clinic tried text message reminders before the quitline called, on
the theory that women would pick up if they were expecting the call.

14:24.000 --> 14:56.000
It made no difference, and when we asked why, the answer was simple. Many of our patients use
prepaid phones that run out of minutes toward the end of the month.

14:56.000 --> 15:27.500
So now clinics ask for the best way to reach her and a back-up number, often a sister or a
friend. That one question did more than the texts ever did.

15:27.500 --> 16:00.000
In our second year, two clinics tested small shopping vouchers for weeks without smoking,
confirmed by a carbon monoxide breath test at the visit, with a local foundation paying for the
vouchers.

16:00.000 --> 16:38.500
Incentives tied to verified quitting have some of the strongest evidence in this whole field.
The trick is to keep the check quick and friendly, so it feels like a celebration and not an
exam she can fail.

16:38.500 --> 17:14.000
We kept one eye on equity here too. We checked that the vouchers were reaching women on Medicaid
and in our most rural counties, not just the women who already found it easiest to quit.

17:14.000 --> 17:33.500
Marcus: We have a question about coverage. Beth Ann, what should state teams check with their
Medicaid agency?

17:33.500 --> 18:22.000
Beth Ann: Find out exactly what your Medicaid programme covers for pregnant members, counselling
and medication, and whether prior authorisation or a copay is getting in the way. Federal law
already requires cessation coverage for pregnant Medicaid members without cost-sharing, but
clinics on the ground often don't know that.

18:22.000 --> 18:54.500
For measures, keep three on your chart: prenatal visits with a tobacco screen, pregnant tobacco
users referred, and referred women who enrol. The third one tells you whether your referral is
real.

18:54.500 --> 19:33.000
And split all three by payer, race and county. When we did, we found that our largest clinic
referred nearly everyone, while a satellite site two counties away referred hardly anyone,
because its only trained nurse had left.

19:33.000 --> 20:00.000
Marcus: Let's take questions. The first one asks whether the pregnancy protocol is the same in
every state's quitline, and I suspect the answer is no.
""",
    },
    {
        "slug": "levels-of-care-for-the-smallest-babies",
        "series": "expert-webinars",
        "title": (
            "Levels of care: getting the smallest babies and the sickest mothers to the right "
            "hospital"
        ),
        "abstract": (
            "Very low birth weight babies do better when they are born in a hospital with a level "
            "III or IV neonatal intensive care unit, and mothers with the most serious conditions "
            "need a hospital that can manage them. Neonatologist Nathaniel Boone and obstetrician "
            "Simone Batiste explain the neonatal and maternal levels of care and why a state team "
            "has to look at both.\n\n"
            "Nathaniel describes Mississippi's move from hospital self-ratings to the CDC Levels "
            "of Care Assessment Tool, quarterly reviews of very small babies born at level I and "
            "II hospitals, a single 24-hour transfer line, and a standing order for antenatal "
            "steroids before transport. Simone adds the maternal side and the case for checking "
            "transfer timing by race."
        ),
        "networks": ["risk-appropriate-care", "preterm-early-term"],
        "topics": ["levels of care", "transfers", "very low birth weight"],
        "presenters": ["nathaniel-boone", "simone-batiste"],
        "change_ideas": [
            "assess-levels-of-care-with-a-standard-tool",
            "track-vlbw-births-by-hospital-level",
            "set-up-a-single-call-transfer-line",
        ],
        "days_from_now": -592,
        "start": "13:00",
        "time_zone": "America/Chicago",
        "duration_minutes": 60,
        "recorded": True,
        "chapters": [
            (0, "Welcome and aims"),
            (160, "Why place of birth matters"),
            (363, "What the levels mean"),
            (597, "Mississippi's assessment"),
            (782, "Tracking where very small babies are born"),
            (1055, "Transport and maternal transfers"),
        ],
        "captions": """WEBVTT

00:00.000 --> 00:34.000
Nathaniel: Good afternoon, everybody. I'm Nathaniel Boone, a neonatologist and the regional
perinatal lead for the Mississippi state team, and I'm joined by Simone Batiste, an obstetrician
who leads the obstetric side of Louisiana's work.

00:34.000 --> 01:19.000
Our topic is risk-appropriate care, which is a careful way of saying that the sickest mothers
and the smallest babies should be born in hospitals that can look after them. Simone will cover
levels of maternal care, and I'll take the newborn side and what Mississippi tested.

01:19.000 --> 02:18.000
Before we dive in, let's see who's here. The poll asks whether your state has assessed the level
of care of every birthing hospital in the last five years.

02:18.000 --> 02:40.000
Interesting. About a third say yes, a third say no, and a third don't know, which is a useful
answer in itself.

02:40.000 --> 03:27.000
Here's the core fact. A very low birth weight baby, meaning under 1,500 grams or about three and
a quarter pounds, is more likely to survive when born in a hospital with a level III or IV
neonatal intensive care unit than when born somewhere smaller and moved afterwards.

03:27.000 --> 04:04.000
Transport after birth is not the same as being born in the right place. The first hour of a tiny
baby's life, with breathing support, warmth and blood sugar, is where a lot of the difference is
made.

04:04.000 --> 04:39.000
A mother can be moved before the birth in a way a newborn can't. A mother in preterm labour at
28 weeks who reaches the regional centre in time is the best neonatal transport there is.

04:39.000 --> 05:21.000
That's why the national network framed this strategy area around delivering higher-risk mothers
and babies at hospitals with the right level of care. The measure most states used is the share
of very low birth weight babies born at level III or IV hospitals.

05:21.000 --> 06:03.000
In Mississippi, where many rural counties are more than an hour's drive from a NICU, that
measure is also an equity measure. Black mothers in our state are more likely to give birth
preterm, and many live in the counties furthest from specialist care.

06:03.000 --> 06:44.000
Simone: Let me set out the levels. On the newborn side, the American Academy of Pediatrics
describes four levels, from a well newborn nursery at level I up to regional NICUs at level IV
that offer surgery and the most complex care.

06:44.000 --> 07:29.000
Maternal levels came later. The American College of Obstetricians and Gynecologists and the
Society for Maternal-Fetal Medicine describe levels of maternal care, from basic care at level I
to regional perinatal centres at level IV, which manage the most complex conditions and have
intensive care on site.

07:29.000 --> 08:06.500
The important thing for a state team is that the two are separate. A hospital can have a very
capable NICU and still lack the blood bank, anaesthesia cover or intensive care that a mother
with placenta accreta needs.

08:06.500 --> 08:40.500
And a level should describe what a hospital can reliably do at three in the morning on a holiday
weekend, not what it can do on a good Tuesday. That's the honest question we ask.

08:40.500 --> 09:11.000
Levels aren't a ranking of good and bad hospitals, either. A level I hospital that knows its
limits and transfers early is doing exactly what the system needs it to do.

09:11.000 --> 09:57.000
So when we look at where women with the highest-risk conditions give birth, we need both lenses.
And we need to look by race, because a system that sends some women to the right hospital more
reliably than others will widen the very gaps we're trying to close.

09:57.000 --> 10:19.500
Nathaniel: Our first attempt at assessing levels was a short state questionnaire that hospitals
filled out about themselves. It didn't go well.

10:19.500 --> 10:53.500
Nearly every hospital rated itself one level higher than what it described when we followed up
by phone. A hospital would say level III, then tell us it had no neonatologist in the building
overnight.

10:53.500 --> 11:26.000
So we switched to the CDC Levels of Care Assessment Tool, which asks concrete questions about
staffing, services and volumes, and we sat down with each hospital's leaders to talk through the
result.

11:26.000 --> 12:03.000
The tool takes a few hours of a nurse manager's time, with questions such as who is on site
overnight, what the blood bank can supply, and how many very small babies the unit cared for
last year.

12:03.000 --> 12:31.500
Sitting down with leaders mattered as much as the tool itself. Leaders accepted a level they had
helped interpret far more readily than one we simply mailed to them.

12:31.500 --> 13:02.000
Some hospitals came out a level lower than they'd hoped, and those were hard conversations. We
framed them around safety and around which transfers should become routine, rather than around
prestige.

13:02.000 --> 13:45.500
Next, the state perinatal programme linked birth certificates to each hospital's assessed level.
Every quarter, each region gets a list of very low birth weight babies born at level I and II
hospitals, and those births are reviewed as cases, not as a blame exercise.

13:45.500 --> 14:13.000
The review asks three questions. Was the risk known in advance, was there time to move the
mother before delivery, and if so, what got in the way?

14:13.000 --> 14:46.500
Most often the answer was the phone. A doctor at a small hospital at two in the morning might
make four or five calls before finding a bed for a mother in preterm labour.

14:46.500 --> 15:27.000
So the regional centres set up a single 24-hour number for both maternal and neonatal transfers,
with a specialist calling back within fifteen minutes. We also agreed a standing order so the
referring hospital starts antenatal steroids before the mother is moved.

15:27.000 --> 15:58.500
Another common answer was that nobody had flagged the risk. A mother with twins or severe high
blood pressure kept her prenatal care at a small hospital until she arrived in labour.

15:58.500 --> 16:31.500
So we added a simple prompt to prenatal records at level I and II hospitals. It lists the
conditions that should lead to a consultation with the regional centre well before the due date.

16:31.500 --> 17:03.000
On this illustrative run chart, the share of very low birth weight babies born at level III or
IV hospitals rose from 77 to 86 percent over the life of the project.

17:03.000 --> 17:35.000
We also shared the quarterly list with the birthing hospitals themselves, not only the regional
centres. Seeing their own babies on it is what moved a few reluctant hospitals to sign transfer
agreements.

17:35.000 --> 18:15.000
Simone: I want to add the maternal side from Louisiana. When you study transfers, include the
mother who haemorrhages after delivery at a level I hospital, not only the babies, because she's
the patient who can't wait for a bed search.

18:15.000 --> 18:51.500
In Louisiana we've also started to check whether the timing of maternal transfers differs by
race. A delay that falls more often on some women is an equity problem even when each case looks
reasonable on its own.

18:51.500 --> 19:33.000
Nathaniel: And one thing we'd do differently: bring ambulance services and transport teams to
the table from day one. The single line saved time on the phone, and then in the early months we
lost that time again waiting for a transport crew.

19:33.000 --> 20:00.000
Simone: Let's go to questions. The first asks whether small rural hospitals should stop
delivering babies altogether, and that's a big one, so I'll take it first.
""",
    },
    {
        "slug": "guam-contraception-before-discharge",
        "series": "expert-webinars",
        "title": (
            "Between pregnancies: contraception before discharge and postpartum visits that happen"
        ),
        "abstract": (
            "On Guam, many mothers never returned for a postpartum visit, and IUDs and implants "
            "were offered only weeks after the birth. Rosa Taitano, who leads the island team's "
            "family planning work, describes counselling built around each woman's own priorities, "
            "with interpreters for Chamorro and Chuukese speakers and a survey that checks whether "
            "women felt free to choose; separate Medicaid payment for devices placed during the "
            "delivery stay; and booking the postpartum visit before discharge.\n\n"
            "Paediatrician Helen Osei explains how well-baby visits can check on mothers too, from "
            "depression screening to blood pressure and contraception. The session was held at "
            "breakfast time on Guam, which is the previous afternoon on the mainland."
        ),
        "networks": ["preconception-interconception"],
        "topics": ["contraception", "postpartum care", "medicaid", "birth spacing"],
        "presenters": ["rosa-taitano", "helen-osei"],
        "change_ideas": [
            "offer-immediate-postpartum-larc",
            "unbundle-payment-for-immediate-postpartum-larc",
            "book-postpartum-visit-before-discharge",
        ],
        "days_from_now": -508,
        "start": "08:00",
        "time_zone": "Pacific/Guam",
        "duration_minutes": 60,
        "recorded": True,
        "chapters": [
            (0, "Welcome from Guam"),
            (150, "Why spacing between births matters"),
            (320, "Counselling comes first"),
            (574, "Making contraception before discharge possible"),
            (810, "What went wrong with IUDs"),
            (945, "Postpartum visits mothers attend"),
        ],
        "captions": """WEBVTT

00:00.000 --> 00:36.500
Rosa: Håfa adai, and good morning from Guam. For everyone on the mainland it's still yesterday,
afternoon or evening depending on your coast, so thank you for joining us across the date line.

00:36.500 --> 01:12.500
I'm Rosa Taitano, and I lead family planning work for our island team. I'm joined by Helen Osei,
a paediatrician, who'll talk about the visits mothers actually come to after the birth.

01:12.500 --> 01:49.000
Helen: Thanks, Rosa. This is the first webinar we've scheduled around Pacific time zones, and
I'm glad we did, because the chat is full of people from Hawaii, Guam and the Northern Marianas.

01:49.000 --> 02:30.000
Rosa: Today's session sits in the preconception and interconception network. Our aim is to help
women decide whether and when to have another baby, and to be as healthy as they can be before a
next pregnancy.

02:30.000 --> 03:11.500
When a new pregnancy starts less than about eighteen months after a birth, the risks of preterm
birth and low birth weight go up. Short intervals are also more common when women lose touch
with care after delivery.

03:11.500 --> 03:58.500
On Guam, many mothers never came back for a postpartum visit. IUDs and implants were only
offered at a clinic appointment several weeks after the birth, and many women missed it for very
ordinary reasons: no ride, no childcare, already back at work.

03:58.500 --> 04:38.500
We looked at our own data first. Postpartum visit attendance sat below half, and when we split
it by the language spoken at home, the gap between English speakers and women who spoke Chuukese
was wide.

04:38.500 --> 05:20.000
Families who moved to Guam from the Federated States of Micronesia and other Pacific islands
also faced language barriers. And until Congress restored their Medicaid eligibility at the end
of 2020, many of them had gaps in coverage.

05:20.000 --> 05:55.000
Before I talk about devices, I want to be very clear about counselling. Long-acting methods are
highly effective, but effectiveness is only one of the things a woman may care about.

05:55.000 --> 06:42.500
There's a real history, in this country and in the Pacific, of women of colour, poor women and
Indigenous women being pressured into contraception or sterilisation. If our programme pushes a
method, we repeat that history and lose trust that took generations to earn.

06:42.500 --> 07:17.500
So our prenatal clinics use counselling built around each woman's own priorities, whether that's
side effects, control, privacy or wanting another child soon. We bring interpreters for Chamorro
and Chuukese speakers.

07:17.500 --> 07:51.000
Counsellors use a simple chart that compares every method side by side: how well it works, what
using it is like, and whether she can stop it on her own.

07:51.000 --> 08:23.500
We also measure it. A short survey after counselling visits asks whether she felt free to
choose, and we split the answers by language and by island of origin.

08:23.500 --> 08:57.500
If women from one community report feeling pushed more often than others, that's our signal to
stop and look at how we counsel, even if our uptake numbers look good.

08:57.500 --> 09:34.000
Helen: I'd add that "no method" and "I'll decide later" are perfectly good answers. The success
measure is that every woman who wants a method leaves with it, not that everyone gets one.

09:34.000 --> 10:17.000
Rosa: For women who choose an IUD or an implant, the best moment is often before she leaves the
hospital. She's already there, she made her decision calmly in the third trimester, and she
doesn't have to come back.

10:17.000 --> 10:57.500
The first barrier was money. When a device was placed during the delivery stay, the hospital was
paid one bundled amount for the birth, so the cost of the device came out of the hospital's own
pocket.

10:57.500 --> 11:38.500
We worked with Guam's Medicaid programme so that devices placed during the delivery stay are
paid for separately from the delivery itself. Until that changed, every placement lost money,
and a service that loses money doesn't last.

11:38.500 --> 12:17.000
It took about eight months of meetings. What finally helped was a short costing sheet comparing
what Medicaid pays for a pregnancy that comes too soon with the cost of a device placed before
discharge.

12:17.000 --> 12:50.000
The second barrier was supply. The hospital pharmacy didn't stock implants on the postpartum
unit, so we agreed to keep a small supply there with a simple sign-out log.

12:50.000 --> 13:30.000
We also had to sort out the paperwork. The billing codes for a device placed during the delivery
stay were new to the billing office, and the first claims bounced until staff had a one-page
guide.

13:30.000 --> 14:05.000
Our first test offered IUD placement straight after delivery of the placenta, before most of our
clinicians had practised it. We had several early expulsions, staff got nervous, and the test
stalled.

14:05.000 --> 14:31.500
So we stepped back. We started with implants, which need less training, and brought in a
visiting trainer before we restarted IUD placement.

14:31.500 --> 15:03.500
Helen: That's a lesson well beyond Guam. When a test stalls because staff are nervous, shrink
the test and build skill, rather than pushing through or giving up.

15:03.500 --> 15:45.000
Rosa: We also learned that labour is the wrong time to talk about contraception. Women were
being asked between contractions, which is not a fair moment to weigh options, so we moved the
conversation to the third trimester.

15:45.000 --> 16:25.000
The other half of our work was the postpartum visit. Unit clerks now book it before the mother
goes home, and a community health worker calls her the week before to confirm and sort out
transport.

16:25.000 --> 16:56.500
On this illustrative chart, attendance at postpartum visits rose from 48 percent to 67 percent,
and the rise starts in the month the booking moved into the hospital.

16:56.500 --> 17:32.000
The calls turned out to be about much more than reminders. Women mentioned housing trouble,
worries about the baby and sometimes low mood, and the health worker could connect them to help.

17:32.000 --> 18:03.000
Helen: Here's where paediatrics comes in. Mothers may skip their own visit, but they almost
always bring the baby to the well-baby visits in the first months.

18:03.000 --> 18:40.500
The American Academy of Pediatrics already recommends screening mothers for postpartum
depression at the one, two, four and six month visits, so the habit of asking about the mother
is there to build on.

18:40.500 --> 19:31.500
So at those visits we ask mothers a few questions about themselves: depression screening, a
blood pressure check if she had high blood pressure in pregnancy, and whether she has the
contraception she wanted. If anything is missing, we make a warm handoff to her own clinic.

19:31.500 --> 20:00.000
Rosa: Let's take questions. The first is from a team in the Midwest asking how we negotiated the
Medicaid payment change, so I'll start there.
""",
    },
    {
        "slug": "qi-tracs-rotating-leadership",
        "series": "team-spotlights",
        "title": "Sharing the chair: community organisers and rotating leadership in QI-TRACS",
        "abstract": (
            "QI-TRACS is a Michigan collaborative of birthing hospitals, funded by the W.K. "
            "Kellogg Foundation and run by Coffective, that works on racial gaps in breastfeeding "
            "with community organisers as co-leads. Monique Ellis, a doula and organiser on the "
            "Lansing task force, explains rotating leadership, in which members take turns "
            "chairing and everyone shapes the agenda, and what it takes for community members to "
            "lead rather than simply attend.\n\n"
            "The conversation with Helen Osei covers moving meetings to evenings at a library with "
            "childcare, food and stipends, joint training on institutional racism, and the "
            "Coffective Birthing Person Survey as a way to follow gaps in breastfeeding support. "
            "The session was held in the evening so that community members could join."
        ),
        "networks": ["social-determinants"],
        "topics": ["community engagement", "rotating leadership", "breastfeeding", "equity"],
        "presenters": ["monique-ellis", "helen-osei"],
        "change_ideas": [
            "co-lead-with-community-organisers",
            "train-leaders-together-on-institutional-racism",
            "collect-birthing-parent-experience-surveys",
        ],
        "days_from_now": -431,
        "start": "18:00",
        "time_zone": "America/Detroit",
        "duration_minutes": 60,
        "recorded": True,
        "chapters": [
            (0, "Welcome, and why this starts at six"),
            (136, "What QI-TRACS is"),
            (364, "Rotating leadership"),
            (606, "Meetings people can get to"),
            (779, "Training together on institutional racism"),
            (930, "Listening to birthing people"),
        ],
        "captions": """WEBVTT

00:00.000 --> 00:40.000
Helen: Good evening, everyone. I'm Helen Osei, and yes, this one starts at six in the evening on
purpose, because our guest asked us to hold it when community members can actually attend.

00:40.000 --> 01:08.500
Our guest is Monique Ellis, a doula and community organiser who co-leads the hospital and
community task force in Lansing, Michigan. Monique, welcome.

01:08.500 --> 01:39.500
Monique: Thank you, Helen. Good evening to the hospital folks and the community folks, and I'm
glad to see both on the attendee list tonight.

01:39.500 --> 02:16.000
Helen: If your own network is safe sleep or social determinants, please stay with us. What
Monique will say about sharing power applies to any collaborative, not only breastfeeding work.

02:16.000 --> 03:00.000
Monique: QI-TRACS is a Michigan collaborative of birthing hospitals working on racial
disparities in breastfeeding. It's funded by the W.K. Kellogg Foundation and run by Coffective,
and it's built around the WHO Ten Steps to Successful Breastfeeding.

03:00.000 --> 03:34.500
In the first year, seven hospitals signed on, even with COVID still hitting hard. And seven
community organisers were recruited, one to co-lead the work in each community.

03:34.500 --> 04:13.000
All seven of us organisers are Black women. Beyond that we're quite different: doulas, lactation
supporters, an obstetric surgical tech, immigration advocates, small business owners, some of us
parents and some not.

04:13.000 --> 04:50.500
What we share is that we live in the communities we represent, and we're in this because we've
seen unequal care up close. That's the expertise we bring to the table.

04:50.500 --> 05:26.000
Each hospital and its organiser formed a hospital and community task force. In Lansing that
means lactation staff, nurses, a paediatrician, WIC, parents and local groups around one table.

05:26.000 --> 06:04.000
Helen: And I'd say to the hospital people listening that this is expertise you can't buy from a
consultant. Nobody on a hospital payroll knows which families stopped coming and why.

06:04.000 --> 06:30.000
You use a model called rotating leadership. For people who've only sat on hospital committees,
what does that mean in practice?

06:30.000 --> 07:08.500
Monique: It means nobody owns the chair. Members take turns running the meeting, everyone
contributes to the agenda, and power moves around the table instead of sitting with the most
senior title.

07:08.500 --> 07:46.500
In practice we rotate through a list, and the person chairing gets support from last month's
chair. The agenda is open for a week beforehand, and anyone can add an item.

07:46.500 --> 08:27.000
That matters when your group has a chief nursing officer and a mom who works two jobs in the
same room. If the hospital always chairs, community members end up being consulted, not leading.

08:27.000 --> 09:09.000
We had training for it, which the project calls dual-capacity training. It prepares everyone to
lead and to take part, and honestly the hospital leaders needed practice following as much as we
needed practice leading.

09:09.000 --> 09:33.500
Helen: You said something to me before we went live, that it's about being included, not just
being present.

09:33.500 --> 10:06.000
Monique: Right. Giving the community a seat on a committee is easy, but letting the community
decide what the committee works on is the actual change.

10:06.000 --> 10:27.500
Here's a concrete lesson. Our task force first met on weekday afternoons in a hospital
conference room.

10:27.500 --> 11:22.000
Community members rarely came, and when we asked, the reasons were obvious in hindsight. They
had jobs, they had to pay for parking, and they had to sign in at a security desk, which doesn't
feel welcoming if you've had a bad experience in that building.

11:22.000 --> 11:55.000
So we moved to early evenings at a public library, with childcare, food and a stipend for
community members' time. Within two months, community attendance roughly doubled.

11:55.000 --> 12:30.500
We changed how meetings ran, too. Fewer slides, more conversation, and a standing item where a
parent can share what happened at their own birth, if they want to.

12:30.500 --> 12:59.000
Helen: For the QI folks, that was a PDSA cycle. Community attendance was the measure, and the
change was place, time and payment.

12:59.000 --> 13:29.000
Monique: Another thing that made QI-TRACS different: hospital leaders and organisers trained
together on challenging institutional racial inequity, and Race Forward led that training.

13:29.000 --> 14:15.000
The point of training together was a shared language. When a nurse and a community member both
have words for institutional racism, you can talk about a policy without it turning into an
argument about who's a good person.

14:15.000 --> 14:58.500
Later we continued in affinity groups, where people could caucus with others who share their
racial identity, with outside facilitators. That gave people room to work through things
honestly before coming back to the shared table.

14:58.500 --> 15:30.000
It wasn't always comfortable. But it meant that when we looked at data showing Black mothers got
less lactation help, nobody spent the meeting being defensive.

15:30.000 --> 16:04.500
For data, hospitals used the Coffective Birthing Person Survey. The hospital's usual
satisfaction survey had nothing on respect or discrimination, and few Black mothers sent it back
anyway.

16:04.500 --> 16:42.000
We reviewed the new survey results together as a task force. In year two, the data showed racial
gaps narrowing in starting breastfeeding, in exclusive breastfeeding, and in support at
discharge.

16:42.000 --> 17:03.000
Helen: How did the hospital respond when the survey showed things it didn't want to hear?

17:03.000 --> 17:44.000
Monique: At first with some defensiveness, I won't pretend otherwise. What helped was that the
task force chose the first change together: making sure every Black mother had a named lactation
contact before discharge.

17:44.000 --> 18:15.000
Helen: That's a good example of stratifying a process measure, not only an outcome. Support at
discharge is something a unit can change next week.

18:15.000 --> 18:53.500
Monique: Also in year two, the QI-TRACS staff came out to each of our communities for a
celebration. That sounds small, but being celebrated and not only measured keeps volunteers
coming back.

18:53.500 --> 19:30.000
Looking ahead, the task forces are turning what they've learned about community priorities into
shared action, tracking any racial gaps that remain while hospitals keep working through the Ten
Steps.

19:30.000 --> 20:00.000
Let's take some questions. I see one from a hospital asking how much to pay community members,
and I'm going to answer it straight.
""",
    },
    {
        "slug": "louisiana-haemorrhage-and-equity",
        "series": "team-spotlights",
        "title": (
            "Measuring every blood loss and reporting harm by race: Louisiana's haemorrhage work"
        ),
        "abstract": (
            "Between 2018 and 2020, Louisiana birthing hospitals working with the state's "
            "perinatal quality collaborative reduced severe maternal morbidity from haemorrhage "
            "among Black women. Obstetrician Simone Batiste explains the routines behind that "
            "result: measured blood loss at every birth, short monthly drills on the unit with the "
            "real cart and phone numbers, mentoring from a larger hospital, and case reviews that "
            "ask about communication, delay and bias.\n\n"
            "With facilitator Marcus Reyes she discusses why race has to be on the data form "
            "before the first drill, how small hospitals can cope with small numbers, and why "
            "community advisers belong in data reviews from the first year. The published summary "
            "gives no figure for the reduction, so the rates shown in the session are "
            "illustrative."
        ),
        "networks": ["risk-appropriate-care", "social-determinants"],
        "topics": ["haemorrhage", "maternal safety", "data stratification", "equity"],
        "presenters": ["simone-batiste", "marcus-reyes"],
        "change_ideas": [
            "measure-blood-loss-quantitatively",
            "run-monthly-haemorrhage-drills",
            "review-severe-haemorrhage-cases-for-equity",
        ],
        "days_from_now": -298,
        "start": "13:00",
        "time_zone": "America/Chicago",
        "duration_minutes": 60,
        "recorded": True,
        "chapters": [
            (0, "Welcome"),
            (120, "The problem we set out to fix"),
            (319, "Counting every blood loss"),
            (550, "Drills on the unit"),
            (741, "Reporting by race from day one"),
            (998, "What the results show"),
        ],
        "captions": """WEBVTT

00:00.000 --> 00:47.500
Marcus: Welcome back to Team Spotlights, and happy new year to those of you I haven't seen since
December. I'm Marcus Reyes, and today Simone Batiste will walk us through how Louisiana
hospitals took on obstetric haemorrhage and the racial gap in harm to mothers.

00:47.500 --> 01:28.500
Simone: Thank you, Marcus. I'm an obstetrician in New Orleans and the obstetric lead for our
state team, and I'm speaking today partly on behalf of the many nurses and hospital leads who
did this work on their units.

01:28.500 --> 02:00.000
Marcus: As always, questions go in the Q&A box, and we'll leave the last half hour for
discussion. The recording and slides will be posted in the archive afterwards.

02:00.000 --> 02:38.500
Simone: Louisiana has had some of the highest rates of maternal death and severe maternal
morbidity in the country for a long time. And Black mothers have carried far more of that harm
than white mothers.

02:38.500 --> 03:25.500
Severe maternal morbidity, for those newer to the term, means serious unexpected complications
of birth, such as a transfusion of several units of blood, an emergency hysterectomy or
admission to intensive care. For every mother who dies, many more go through one of these
events.

03:25.500 --> 04:17.000
Obstetric haemorrhage is one of the most common causes of severe morbidity, and one of the most
preventable. When we looked at our hospitals, many still estimated blood loss by eye, kept
supplies in three different places, and had no agreed point at which a nurse calls for help.

04:17.000 --> 04:50.500
Very few hospitals routinely looked at their morbidity by race. You'd hear "we treat everyone
the same," and that may be true of intentions, but nobody had checked it against outcomes.

04:50.500 --> 05:19.000
Marcus: Which is a good reminder that stratifying your data is a test of a belief. If the belief
is right, the chart will show it.

05:19.000 --> 05:51.500
Simone: The backbone was the national obstetric haemorrhage safety bundle. A stocked haemorrhage
cart, a risk assessment on admission, measured blood loss at every birth, and a staged response
checklist.

05:51.500 --> 06:30.000
Quantitative blood loss means weighing pads and sponges and reading calibrated collection
drapes, rather than guessing. Visual estimates usually come in too low, and they're furthest off
in exactly the big bleeds where it matters most.

06:30.000 --> 07:05.500
It does take training. We ran short sessions on each unit with a scale, a stack of pads and a
chart of dry weights, until nurses could do it quickly and without thinking.

07:05.500 --> 07:35.000
To save nursing time, several hospitals first measured only for births flagged as high risk on
admission. That test failed, and it failed in a useful way.

07:35.000 --> 08:11.000
A large share of haemorrhages happened in women we had scored as low risk. And nurses who only
measured now and then never got fluent at it, so the measurements were slow and inconsistent.

08:11.000 --> 08:41.000
So measuring at every birth became the rule. It sounds like more work, but once it's routine
it's quicker than deciding each time whether this birth counts.

08:41.000 --> 09:10.000
Marcus: For the improvement people listening, the process measure here is simple: births with a
measured blood loss recorded, out of all births, every month, by unit.

09:10.000 --> 09:46.500
Simone: The second piece was practice. Hospitals ran short haemorrhage drills on the unit every
month, ten or fifteen minutes, with whoever was on shift, using the real cart and the real phone
numbers.

09:46.500 --> 10:29.000
Drills find the things nobody writes into a policy. One hospital discovered that the blood bank
line went to voicemail after eleven at night, and another found the cart key on a lanyard
belonging to someone who was on leave.

10:29.000 --> 11:05.500
After each drill the team spends five minutes on what went well and what to fix, and a named
person owns each fix. That list of fixes is the real product of a drill.

11:05.500 --> 11:43.000
Bayou Women's and Infants' Hospital, one of our larger sites, mentored smaller hospitals through
their first drills. Claire Thibodeaux, their perinatal nurse manager, would drive out and run
the first one alongside the local team.

11:43.000 --> 12:21.000
Marcus: I love that detail, because peer mentoring is doing a lot of quiet work in that story. A
small hospital will try something much sooner when a nurse from a bigger unit stands beside
them.

12:21.000 --> 12:54.500
Simone: Now the equity part. Every hospital reported haemorrhage and severe morbidity by race
each month, and we built race into the data form before the first drill rather than after.

12:54.500 --> 13:31.000
We had to learn that lesson the hard way. The months of data we collected without race could
never be split later, so those months were useless for the question we cared about most.

13:31.000 --> 14:15.500
Case reviews changed too. Alongside the clinical questions, we added questions about
communication, delay and bias: was her concern heard, how long passed between the first sign and
the first response, and would the response have been the same for another patient?

14:15.500 --> 14:43.000
Those questions are uncomfortable, and you need a review culture that's about systems, not about
punishing individuals. Otherwise people stop being honest in the room.

14:43.000 --> 15:20.500
Marcus: One practical point for smaller hospitals. Monthly rates by race will bounce around with
small numbers, so pool outcomes into rolling twelve-month rates and keep monthly tracking for
process measures like measured blood loss.

15:20.500 --> 15:54.000
Simone: Exactly. We also looked at process measures by race, such as the time from the first
warning sign to the first medication, because those move fast enough to show change.

15:54.000 --> 16:38.000
Patient and community advisers joined our reviews of the collaborative's data, and they helped
us write plain-language material on warning signs after birth. They also asked questions we
hadn't thought to ask, such as whether families knew whom to call after discharge.

16:38.000 --> 17:32.500
Between 2018 and 2020, severe maternal morbidity from haemorrhage among Black women in
participating hospitals went down. I want to be careful: the public summary reports that
reduction without a figure, so the rates on my chart are illustrative, and I won't put a number
on it that I can't stand behind.

17:32.500 --> 18:00.000
Marcus: That's a good habit for everyone. If your published data don't include a figure, say so,
rather than rounding a guess into a fact.

18:00.000 --> 18:32.500
Simone: What I can describe is what changed underneath. Participating hospitals measured blood
loss, drilled monthly and reviewed cases with equity questions, and those routines held up
through the pandemic.

18:32.500 --> 18:53.000
Marcus: Holding through the pandemic is a result in itself. A lot of good work stopped in 2020.

18:53.000 --> 19:23.500
Simone: And if I could start again, I'd bring community advisers in during the first year rather
than the second. They changed how we read our own data.

19:23.500 --> 20:00.000
Marcus: Let's go to questions. The first asks how a small hospital with forty births a month can
make monthly rates by race mean anything, and Simone, I know you have thoughts on pooling.
""",
    },
    {
        "slug": "safe-sleep-disparities-and-death-reviews",
        "series": "team-spotlights",
        "title": "Safe sleep disparities: what child death reviews told two teams",
        "abstract": (
            "Black and American Indian and Alaska Native babies die suddenly and unexpectedly at "
            "more than double the rate of white babies. Helen Osei talks with Alicia Dunbar of the "
            "Georgia team and Carla Wren of Missouri's Pemiscot County hub about turning child "
            "death review findings into action.\n\n"
            "Georgia fed quarterly review summaries back to hospitals, home visitors and WIC "
            "clinics and split its teach-back results by race and payer. The Bootheel hub set up "
            "portable cribs during home visits for families with nowhere safe for the baby to "
            "sleep. The panel also discusses how to talk honestly about bed-sharing and how to "
            "measure progress when deaths are rare."
        ),
        "networks": ["safe-sleep", "social-determinants"],
        "topics": ["safe sleep", "equity", "child death review", "home visiting"],
        "presenters": ["helen-osei", "alicia-dunbar", "carla-wren"],
        "change_ideas": [
            "feed-child-death-review-findings-back",
            "distribute-portable-cribs-with-education",
            "hold-safe-sleep-conversations-at-home-visits",
        ],
        "days_from_now": -214,
        "start": "14:00",
        "time_zone": "America/New_York",
        "duration_minutes": 75,
        "recorded": True,
        "chapters": [
            (0, "Welcome and aims"),
            (176, "Who is dying, and why"),
            (377, "Georgia: from review findings to the unit"),
            (605, "Missouri: cribs and conversations in the Bootheel"),
            (834, "Talking about bed-sharing honestly"),
            (1055, "Measuring whether it works"),
        ],
        "captions": """WEBVTT

00:00.000 --> 00:33.000
Helen: Welcome, everyone. I'm Helen Osei, and today's spotlight brings together two teams that
started from the same place, their local child death review findings, and ended up doing quite
different things.

00:33.000 --> 01:07.500
With me are Alicia Dunbar from the Georgia state team and Carla Wren, who coordinates the
Pemiscot County hub in Missouri's Bootheel. Between them they cover large hospital systems and a
very rural county.

01:07.500 --> 01:40.000
Here's the plan: a short look at the national picture, then each team's story, then your
questions. Please put your state and role in the chat so the panel knows who's listening.

01:40.000 --> 02:35.500
Before we start, a quick poll. Does your team receive findings from your local or state child
death review at least once a year?

02:35.500 --> 02:56.000
About half of you say no and quite a few aren't sure, which tells me today's topic is timely.

02:56.000 --> 03:28.000
Nationally, about 3,500 babies die suddenly and unexpectedly each year. Black babies and
American Indian and Alaska Native babies die this way at more than double the rate of white
babies.

03:28.000 --> 04:17.500
I want to frame safe sleep disparities carefully, because the way we explain a gap decides what
we try next. If we explain it as parents making bad choices, we print more leaflets; if we
explain it through housing, work, preterm birth and the advice families get, we change systems.

04:17.500 --> 04:54.000
In my experience, the safe sleep disparities that narrow are the ones where teams changed what
families could actually do, such as getting a crib or a home visit, and not only what families
were told.

04:54.000 --> 05:42.500
Child death reviews are one of the few places where we see the circumstances of each death. Who
was with the baby, where the baby was sleeping, what was in the sleep space, whether anyone in
the home smoked, and which services had been in touch with the family.

05:42.500 --> 06:17.000
The danger is that those findings sit in a report nobody outside the review team ever reads.
Both of today's teams decided to feed them back to the people who could act on them.

06:17.000 --> 06:45.500
Alicia: Thanks, Helen. In Georgia, sleep-related deaths were a leading cause of death after the
first month of life, and the rates were higher for Black babies.

06:45.500 --> 07:43.500
We asked our review teams for a one-page summary every quarter, with nothing that could identify
a family, that we could share with hospitals, home visiting programmes and WIC clinics. The most
common pattern was a baby asleep on an adult bed or a couch, often with pillows or a heavy
blanket, very often next to an exhausted parent.

07:43.500 --> 08:13.500
That sent us back to our teach-back questions. We added one about what the parent will do at the
moment they're most tired, because that's when the couch happens.

08:13.500 --> 08:51.000
We also split our hospital teach-back results by race and payer. Families on Medicaid were much
more likely to say the baby didn't have a crib at home, which is a resource problem, not a
knowledge problem.

08:51.000 --> 09:33.000
The summaries also listed which services each family had been in touch with. More often than
not, the family had seen a nurse, a WIC clinic or a home visitor in the weeks before the death,
which shows where the chances were.

09:33.000 --> 10:05.000
We were careful about how we shared this. A review summary can feel like blame to a grieving
community, so we worked with a bereaved mother who helped us word it.

10:05.000 --> 10:41.000
Carla: In our county the numbers are small, so a quarterly report would often mention one or two
deaths. We pooled several years with the review team so we could see patterns without anyone
being identifiable.

10:41.000 --> 11:19.500
The pattern looked a lot like Georgia's, with one local twist. Many families told us they
bed-share because the house is cold in winter, or because of bugs, and they believe the baby is
safer close to them.

11:19.500 --> 11:59.000
So we tested portable cribs with education. A family gets a portable crib, a fitted sheet and a
wearable blanket, and someone sits down with them and sets it up in the room where the baby will
actually sleep.

11:59.000 --> 12:40.000
We bought cribs through the hub with a small grant, and churches and WIC helped us find
families. We ask every family that gets one whether the baby has anywhere else to sleep, so we
know we're reaching the right homes.

12:40.000 --> 13:17.500
We learned not to just hand over a box. Early on, a home visitor found two of our cribs still in
their packaging because nobody had made room, so now the set-up happens during the home visit.

13:17.500 --> 13:54.000
At the two-week visit we also ask where the baby slept last night. That's our outcome measure,
and we split it by race so we know whether the cribs are reaching the families at highest risk.

13:54.000 --> 14:27.500
Helen: Let's talk about bed-sharing, because it's where a lot of safe sleep messaging loses
people. Many parents bed-share at some point, and some plan to, often to make breastfeeding at
night easier.

14:27.500 --> 15:02.500
If our only message is "never," a parent who's going to do it anyway hears that we aren't
talking to her. She stops listening, and she misses the things that make the biggest difference.

15:02.500 --> 15:58.500
So our faculty advice is to keep the recommendation clear, that the baby's own sleep space is
safest, and then have a real conversation. The highest risks are sofas and armchairs, a parent
who has been drinking or has taken sedating medicine, a smoker in the bed, soft bedding and
pillows, and very young or preterm babies.

15:58.500 --> 16:30.500
One more thing for clinicians. If a mother tells you she'll bed-share, make sure she knows those
highest-risk situations before she leaves, because silence leaves her with no information at
all.

16:30.500 --> 17:07.000
Alicia: And we pair safe sleep with breastfeeding support instead of treating them as rivals.
Breastfeeding lowers the risk of sudden infant death, so a plan for night feeds is part of a
safe sleep plan.

17:07.000 --> 17:35.000
Carla: Trusted messengers matter too. In the Bootheel, a grandmother from church saying it is
often heard in a way a nurse from the county office isn't.

17:35.000 --> 18:12.500
Helen: A last word on measurement before questions. Deaths are too rare to steer monthly tests,
so track process measures like teach-back completion, families without a crib who received one,
and where the baby slept last night.

18:12.500 --> 18:48.000
For a county hub, pooled rates across three or five years are often the only honest option. Show
them with the number of deaths alongside, so nobody over-reads a rate built from very few
babies.

18:48.000 --> 19:19.000
Carla: And report back to the community, not only to funders. When families see that the cribs
and the visits are linked to fewer babies dying, they become your messengers.

19:19.000 --> 20:00.000
Helen: Finally, review sudden unexpected infant death rates over pooled years, by race, to see
whether the gap is actually closing. Let's go to the questions; the first one asks how to talk
with grandparents who raised their own children differently.
""",
    },
    {
        "slug": "smoke-free-homes-after-birth",
        "series": "expert-webinars",
        "title": "Smoke-free homes after birth: tobacco treatment at well-baby visits",
        "abstract": (
            "Many women who stop smoking in pregnancy start again in the months after the birth, "
            "and other adults in the home often never stopped. Paediatrician Helen Osei and "
            "tobacco treatment specialist Beth Ann Hollins make the case for asking about every "
            "adult and every product at well-baby visits, which may be the only regular contact "
            "some parents have with a clinician.\n\n"
            "They cover quitline referral from a paediatric office, nicotine replacement for "
            "parents, Medicaid coverage, a one-week PDSA cycle to try in your own clinic, and why "
            "smoke-free and safe sleep advice belong in the same conversation."
        ),
        "networks": ["smoking-cessation", "preconception-interconception"],
        "topics": ["smoking cessation", "well-baby visits", "relapse", "pdsa"],
        "presenters": ["helen-osei", "beth-ann-hollins"],
        "change_ideas": [
            "screen-parents-for-smoking-at-well-baby-visits",
            "send-electronic-quitline-referrals",
            "remove-barriers-to-medicaid-cessation-coverage",
        ],
        "days_from_now": -130,
        "start": "11:00",
        "time_zone": "America/Los_Angeles",
        "duration_minutes": 60,
        "recorded": True,
        "chapters": [
            (0, "Welcome"),
            (185, "Why relapse after birth matters"),
            (408, "The well-baby visit as a chance"),
            (621, "Referral and medication"),
            (862, "A first PDSA cycle"),
            (1076, "Safe sleep and smoke-free together"),
        ],
        "captions": """WEBVTT

00:00.000 --> 00:41.500
Helen: Good morning from California, and good afternoon to the rest of you. I'm Helen Osei, and
I'm joined again by Beth Ann Hollins from Tennessee, whom some of you met in the quitline
webinar last year.

00:41.500 --> 01:10.000
Today is about the months after birth. A lot of our effort goes into pregnancy, and then the
baby arrives and tobacco treatment just stops.

01:10.000 --> 01:46.500
Beth Ann: Hi, everyone. I'll talk about relapse and what the adult side can do, and Helen will
talk about why the paediatric office is such a good place for this work.

01:46.500 --> 02:40.000
Helen: A poll to start. In the clinics you work with, does anyone ask parents about tobacco at
well-baby visits?

02:40.000 --> 03:05.000
Most of you said sometimes, and a handful said never, so let's aim today at getting from
sometimes to every time.

03:05.000 --> 03:57.500
Beth Ann: Many women who quit during pregnancy start again after the baby is born, often within
the first few months. The stress, the lack of sleep, a partner who still smokes, and the feeling
that the reason to stop has passed all push in the same direction.

03:57.500 --> 04:30.500
Some of that relapse happens because women quit for the baby but never got treatment for the
dependence itself. Nicotine addiction doesn't end at delivery, so support shouldn't either.

04:30.500 --> 05:02.500
It's also worth asking about partners and other adults. A mother who quit is much more likely to
start again if someone else in the house still smokes.

05:02.500 --> 05:33.500
And a mother who stays smoke-free after this baby starts her next pregnancy smoke-free, which is
really what the network's aim of quitting before pregnancy is about.

05:33.500 --> 06:08.500
Tobacco smoke exposure is also one of the risk factors for sudden infant death. It also raises
the chance of ear infections, wheezing and chest infections in a baby's first years.

06:08.500 --> 06:48.000
So when we count a pregnant woman as having quit, we need to keep counting. Our quitline's
pregnancy protocol now keeps calling into the postpartum months, because that's where a lot of
the relapse happens.

06:48.000 --> 07:18.000
Helen: Here's why paediatrics matters. In the first year a baby has about seven well visits, and
a parent is at almost every one of them.

07:18.000 --> 07:50.000
Many parents who smoke see no one about their own health during that year. So the paediatric
office may be the only place a clinician sees them regularly.

07:50.000 --> 08:28.000
Some paediatricians feel it isn't their job to treat adults. I'd say the baby is breathing the
smoke, so it is our job, and the American Academy of Pediatrics has supported this for years.

08:28.000 --> 09:02.000
The routine is short. Ask about every adult in the home and every product, cigarettes, vapes and
smokeless tobacco, and record it in the baby's chart as household tobacco exposure.

09:02.000 --> 09:39.500
Keep the question simple and the same every time, because variation is the enemy of reliable
screening. We use: does anyone who lives with the baby, or looks after her, smoke or vape?

09:39.500 --> 10:21.000
Then give advice that's about the baby, not a judgement of the parent. Something like, "The best
thing you can do for her breathing is a smoke-free home and car, and we can help you get there."

10:21.000 --> 10:51.500
Beth Ann: For the referral, the lesson from prenatal care applies. Don't hand over a number;
send the referral and let the quitline make the first call.

10:51.500 --> 11:25.500
Quitlines can accept referrals for parents from a paediatric office. Some offices worried about
confidentiality, so we agreed a short consent script the parent reads on the tablet at check-in.

11:25.500 --> 11:51.500
The quitline then calls the parent and sends the practice a short status report, the same way it
does for prenatal referrals.

11:51.500 --> 12:25.500
Helen: One paediatric practice in our network worried that parents would feel ambushed. In fact
very few parents were upset, and several said nobody had ever offered them help before.

12:25.500 --> 13:05.000
On medication, some paediatric practices now offer nicotine replacement to parents directly,
under a protocol. Others send a request to the parent's own doctor, so pick the version your
practice and your state will support.

13:05.000 --> 13:46.000
Beth Ann: And check coverage. Many parents are on Medicaid, and your state team can work with
Medicaid to remove prior authorisation and copays for cessation treatment, which makes a big
difference for families on tight budgets.

13:46.000 --> 14:22.000
Remember that vaping and smokeless tobacco count too. A parent who has switched to vaping is
still exposing the baby to nicotine, and deserves help to quit completely if they want it.

14:22.000 --> 15:11.000
Helen: Let me give you a first test. In one clinic, for one week, the medical assistant adds a
household tobacco question to the six-month visit, and you predict how many parents will say yes
and how many of those will accept a referral.

15:11.000 --> 15:49.000
At the end of the week, compare what happened with what you predicted. Look at where it broke
down: whether the question got asked, whether the doctor followed up, whether the referral went
through.

15:49.000 --> 16:31.500
Then pick the biggest failure and test a fix the following week. In our pilot practices, the
first failure was almost always that the question was asked and written down, and then nobody
mentioned it in the room.

16:31.500 --> 17:20.000
Beth Ann: Measure three things: visits with a household tobacco screen, parents who smoke
referred to treatment, and return to smoking among mothers who quit in pregnancy. Split all
three by payer and race, because who gets asked is often where the gap starts.

17:20.000 --> 17:56.000
Helen: And put those process measures on a run chart with a median from your first weeks. You'll
see quickly whether a change is a real shift or just a good week.

17:56.000 --> 18:27.000
One more link. Smoke exposure and unsafe sleep add to each other's risk, and sharing a bed with
a smoker is especially dangerous for a young baby.

18:27.000 --> 18:54.000
So when you talk about safe sleep, talk about smoke too. Those conversations belong in the same
visit, from the same trusted person.

18:54.000 --> 19:37.500
We now use one short script at the two-week visit that covers both: where the baby sleeps, and
whether anyone in the home smokes or vapes. Families hear it as one message about keeping the
baby safe at night.

19:37.500 --> 20:00.000
Beth Ann: Let's take questions. The first one is about a parent who says they only ever smoke
outside.
""",
    },
    {
        "slug": "preterm-prevention-after-17p",
        "series": "expert-webinars",
        "title": "After 17P: preterm birth prevention since the FDA withdrawal",
        "abstract": (
            "Raising appropriate use of 17P was once a central preterm strategy, but its "
            "confirmatory trial showed no benefit and the FDA withdrew approval of Makena in April "
            "2023. Obstetrician Simone Batiste reviews that history and what current guidance "
            "offers instead: flagging a previous spontaneous preterm birth at the first prenatal "
            "visit, cervical length screening, vaginal progesterone or cerclage where indicated, "
            "and low-dose aspirin for women at high risk of preeclampsia.\n\n"
            "Karen Mitchell, Ohio's Title V director, covers the programme side: retiring 17P "
            "measures and materials, checking Medicaid forms, and building a yearly evidence check "
            "into every network. The session closes on the gap in preterm birth between Black and "
            "white women and how stratified process measures can show it early."
        ),
        "networks": ["preterm-early-term"],
        "topics": ["preterm birth", "evidence review", "equity"],
        "presenters": ["simone-batiste", "karen-mitchell"],
        "change_ideas": [
            "flag-prior-preterm-birth-at-first-prenatal-visit",
            "screen-cervical-length-in-mid-pregnancy",
        ],
        "days_from_now": -47,
        "start": "13:00",
        "time_zone": "America/Chicago",
        "duration_minutes": 60,
        "recorded": True,
        "chapters": [
            (0, "Welcome and why this topic"),
            (151, "A short history of 17P"),
            (384, "What to update in your programme"),
            (569, "Who is at risk"),
            (720, "Current options"),
            (931, "Equity in preterm birth"),
        ],
        "captions": """WEBVTT

00:00.000 --> 00:44.000
Karen: Welcome, everybody. I'm Karen Mitchell, Title V director in Ohio, and I'm hosting today
because state teams keep bringing us the same question: what does a preterm birth prevention
strategy look like now that 17P is gone?

00:44.000 --> 01:23.000
Simone Batiste, an obstetrician and the obstetric lead for the Louisiana team, will walk through
the history and the current clinical picture, and then we'll talk about what state programmes
need to update.

01:23.000 --> 01:55.500
Simone: Thanks, Karen. A quick disclaimer first: I'll describe current professional guidance in
general terms, but decisions for any one patient belong with her and her clinicians.

01:55.500 --> 02:31.000
Karen: We're recording, and the recording and slides will go into the archive with chapter
markers. Please use the Q&A box, and we'll leave plenty of time at the end.

02:31.000 --> 03:31.500
Simone: When the national network began, one of its preterm strategies was to increase
appropriate use of 17P, a weekly injection of a synthetic form of progesterone for women who'd
had a previous spontaneous preterm birth. Makena, the branded version, was approved in 2011 on
an accelerated pathway that required a confirmatory trial.

03:31.500 --> 04:10.500
States did a lot of work on access. Prior authorisation was simplified, pharmacies stocked it,
and some teams tracked the share of eligible women who started injections by a set week of
pregnancy.

04:10.500 --> 04:47.000
Then the confirmatory trial, published in 2019, didn't show that 17P reduced preterm birth or
improved outcomes for babies. After a long review, the FDA withdrew its approval in April 2023.

04:47.000 --> 05:31.500
That trial was large and international, and critics noted that its participants were at lower
risk than those in the original study. But the point for us is that the evidence we relied on
did not hold up.

05:31.500 --> 05:59.500
Karen: Many of our clinicians felt whiplash. Some had worked hard to get patients access, and
then were told the drug didn't work.

05:59.500 --> 06:24.000
And honestly, that left some programmes with measures and materials built around a drug that's
no longer on the market.

06:24.000 --> 06:58.500
So the first practical step is housekeeping. Take 17P out of your driver diagram, your measures,
your patient materials and your website, and leave a short note explaining why.

06:58.500 --> 07:30.000
Talk to your Medicaid agency about prior authorisation forms and care management scripts that
still mention it. We found it in three places we'd forgotten about.

07:30.000 --> 08:14.000
Check your data systems as well. If a state measure counted 17P starts, retire it cleanly and
mark the date on your run chart, so nobody later reads the drop in the line as a failure of
care.

08:14.000 --> 08:53.000
Tell your clinicians and community partners directly. Families hear about these changes on
social media, and a home visitor still handing out a leaflet about 17P undermines trust in
everything else she says.

08:53.000 --> 09:29.000
Simone: And build a yearly check into your network. Every change idea gets a quick review
against current guidance, because evidence moves and our toolkits don't always move with it.

09:29.000 --> 10:05.500
Preterm means born before 37 weeks. One of the strongest predictors is a previous spontaneous
preterm birth, so that's something to ask about and record at the very first prenatal visit.

10:05.500 --> 10:44.000
Karen: That flag is also where states can help. A field for prior preterm birth in the prenatal
record, or on the Medicaid pregnancy notification form, makes it much easier to follow through.

10:44.000 --> 11:23.000
Simone: Clinically, the flag should trigger a plan. Depending on local resources, that may mean
a referral to maternal-fetal medicine, and usually repeated cervical length measurements by
transvaginal ultrasound in the second trimester.

11:23.000 --> 12:00.000
For women without a previous preterm birth, many practices check cervical length at the
mid-pregnancy anatomy scan. A short cervix found that way is something the care team can act on.

12:00.000 --> 12:58.000
For a woman with a short cervix, current guidance supports vaginal progesterone in many cases,
and cerclage, a stitch in the cervix, is an option for some women with a previous preterm birth
and a short cervix. The details depend on her history and should follow current ACOG and SMFM
guidance.

12:58.000 --> 13:31.500
Low-dose aspirin is recommended for women at high risk of preeclampsia. Because preeclampsia is
a common reason for early delivery, it helps prevent some preterm births as well.

13:31.500 --> 14:11.500
Aspirin is cheap and easy to get, but it's underused, and it may be offered less reliably to the
women at highest risk. That makes it a good process measure for a state team.

14:11.500 --> 14:47.000
And the basics still matter. Treating tobacco use, supporting healthy spacing between
pregnancies, and not scheduling deliveries before 39 weeks without a medical reason all feed
into the same outcome.

14:47.000 --> 15:31.000
Managing chronic conditions like high blood pressure and diabetes before and during pregnancy
belongs on the list too. None of these is a single fix, which is exactly why the system needs to
do all of them reliably.

15:31.000 --> 15:53.000
Karen: Simone, talk about the gap, because this is where Ohio's data are hardest to look at.

15:53.000 --> 16:44.500
Simone: Black women in this country give birth preterm at roughly one and a half times the rate
of white women, and income or education doesn't explain that away. Stress, racism in care,
chronic conditions and access to early prenatal care all play a part.

16:44.500 --> 17:28.000
So stratify every process measure in this area. If cervical length screening or the prior
preterm birth flag happens more reliably for some women than others, your chart will show it
long before the birth outcomes do.

17:28.000 --> 18:03.500
Karen: In Ohio we're pairing this with community work, including doulas and group prenatal care,
because clinical screening alone won't close a gap with so many roots outside the clinic.

18:03.500 --> 18:51.000
For context, across the national network, states saw about a three percent fall in the preterm
birth rate and a six percent fall in preterm-related deaths. Those are real gains, and we can't
afford to let them slip while programmes rebuild.

18:51.000 --> 19:28.500
Simone: And a word on humility. 17P was a reasonable strategy on the evidence we had, and teams
that used it did nothing wrong; what matters now is how quickly we update.

19:28.500 --> 20:00.000
Let's take questions. The first asks how to talk with a patient who received 17P in an earlier
pregnancy and is worried it harmed her baby.
""",
    },
    {
        "slug": "safe-sleep-for-nicu-graduates",
        "series": "expert-webinars",
        "title": "Safe sleep for babies coming home from the NICU",
        "abstract": (
            "Babies who spend weeks in neonatal intensive care often sleep on their tummies or "
            "with positioning aids for good medical reasons, and their parents watch that routine "
            "every day. This session looks at how NICU teams can agree when a stable baby moves to "
            "back sleeping in a flat, empty crib, and how to give parents time to practise before "
            "discharge.\n\n"
            "Helen Osei and Alicia Dunbar will share a simple NICU audit, ways to involve parents "
            "and night-shift staff, and measures that show whether NICU graduates sleep safely at "
            "home. Bring your questions about home monitors, reflux and positioning products."
        ),
        "networks": ["safe-sleep"],
        "topics": ["safe sleep", "nicu", "discharge planning"],
        "presenters": ["helen-osei", "alicia-dunbar"],
        "change_ideas": [
            "transition-nicu-babies-to-safe-sleep",
            "teach-back-safe-sleep-before-discharge",
        ],
        "days_from_now": 9,
        "start": "10:00",
        "time_zone": "America/Los_Angeles",
        "duration_minutes": 60,
        "recorded": False,
        "chapters": [],
        "captions": "",
    },
    {
        "slug": "closing-the-loop-on-social-needs-referrals",
        "series": "team-spotlights",
        "title": "Closing the loop: social needs referrals that reach families",
        "abstract": (
            "Screening pregnant women for food, housing and transport needs only helps if the help "
            "arrives. Carla Wren of the Pemiscot County hub and Monique Ellis of the Lansing task "
            "force will compare two ways of closing the loop: a hub coordinator who calls every "
            "family within ten days of a referral, and community doulas who stay with families "
            "through pregnancy and the first months.\n\n"
            "Expect practical detail on consent, shared measures across agencies, paying community "
            "partners, and what to do when the service a family needs does not exist locally."
        ),
        "networks": ["social-determinants"],
        "topics": ["closed-loop referral", "community engagement", "county hubs"],
        "presenters": ["carla-wren", "monique-ellis"],
        "change_ideas": [
            "screen-for-social-needs-with-closed-loop-referral",
            "pair-families-with-community-doulas",
        ],
        "days_from_now": 23,
        "start": "12:00",
        "time_zone": "America/Chicago",
        "duration_minutes": 60,
        "recorded": False,
        "chapters": [],
        "captions": "",
    },
    {
        "slug": "one-call-transfers-from-rural-and-island-hospitals",
        "series": "expert-webinars",
        "title": "One call, the right bed: transfers from rural and island hospitals",
        "abstract": (
            "A single transfer number shortens the phone call, but a mother or baby still needs a "
            "transport crew and a bed at the other end. Nathaniel Boone will describe what "
            "Mississippi learned once ambulance services and neonatal transport teams joined its "
            "transfer line, and Rosa Taitano will explain what risk-appropriate care means on an "
            "island where the nearest higher-level centre is a long flight away.\n\n"
            "Topics include transfer agreements, antenatal steroids before transport, and tracking "
            "transfer times by race and by county. The session is timed so that colleagues on Guam "
            "can join at breakfast time."
        ),
        "networks": ["risk-appropriate-care"],
        "topics": ["transfers", "levels of care", "rural health"],
        "presenters": ["nathaniel-boone", "rosa-taitano"],
        "change_ideas": [
            "set-up-a-single-call-transfer-line",
            "give-antenatal-steroids-before-transfer",
        ],
        "days_from_now": 44,
        "start": "16:00",
        "time_zone": "America/Chicago",
        "duration_minutes": 60,
        "recorded": False,
        "chapters": [],
        "captions": "",
    },
]

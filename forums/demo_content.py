"""Conversations the demo seeds into discussion spaces: written for this
project, with facts from the collaborative's background documents."""

# Pure data with no Django imports, so it can be read and checked without a database.
#
# Facts about the Infant Mortality CoIIN and Bootheel Babies and Families come from their
# public summaries, retold in our own words. The threads, local details and team-level figures
# are invented for the demo and are illustrative only.
#
# Each conversation: the space it lives in, a thread title, and its messages
# in order as (author, Markdown body). Space keys: "collaborative",
# "network:<network slug>", "state:<jurisdiction slug>", "team:<team slug>",
# "group:<group slug>". Authors: a demo login's username, or
# "member:<team slug>" for some member of that team (the seeder picks one).
GROUPS = [
    # slug, name, description, team slugs taking part
    (
        "bootheel-safe-sleep-working-group",
        "Bootheel safe sleep working group",
        (
            "The state team and the county hubs in the Bootheel comparing notes on portable cribs, "
            "safe sleep conversations during home visits and what local death reviews tell them."
        ),
        ["missouri", "pemiscot-county-hub", "dunklin-county-hub", "new-madrid-county-hub"],
    ),
]

CONVERSATIONS = [
    {
        "space": "collaborative",
        "title": "Welcome to the Collaboratory: start here, and our house rules",
        "pinned": True,
        "messages": [
            (
                "moderator",
                "Welcome! This space is open to everyone in the collaborative, whichever team or "
                "network you belong to. During the Infant Mortality CoIIN the first Collaboratory "
                "grew to more than 7,000 people, who passed around close to 14,000 resources, and "
                "the idea behind it still holds: **all teach, all learn**. Please read the house "
                "rules below, then say hello in the introductions thread.",
            ),
            (
                "moderator",
                "House rules:\n\n"
                "- **No information that could identify a patient**: no names, dates or case "
                "stories someone could recognise, even in a small county.\n"
                "- Share rates together with their counts and denominators, and say where the data "
                "come from.\n"
                "- Credit the team whose protocol, form or slide you pass on.\n"
                "- Argue with ideas, never with people, and speak about families with respect.\n"
                "- Team business belongs in your team space; open questions belong in a network or "
                "here.\n"
                "- Mention a person with `@username`, a whole team with `@team-<slug>` and "
                "everyone on a state's teams with `@state-<slug>`. Use the last two sparingly.",
            ),
            (
                "editor",
                "One addition from the content side: when a thread produces something others could "
                "reuse, such as a protocol, an audit form or a chart template, mention @editor and "
                "I'll help turn it into a library resource so it doesn't get lost in the replies.",
            ),
            (
                "member:georgia",
                "Thanks, Priya. Can we post hospital-level results here if the hospital has "
                "agreed, or should those stay in the network spaces?",
            ),
            (
                "moderator",
                "Named hospital results are fine anywhere once the hospital has agreed in writing, "
                "though a network space is usually better because readers there have the context. "
                "Whatever the space, suppress any cell with fewer than 10 events or combine years "
                "until it doesn't have one.",
            ),
        ],
    },
    {
        "space": "collaborative",
        "title": "Introductions: what small test is your team running this month?",
        "messages": [
            (
                "moderator",
                "Tell us who you are and, in a sentence or two, which test of change your team has "
                "running right now. Tests that failed are welcome too; they're often the most "
                "useful ones to read about.",
            ),
            (
                "ohio.lead",
                "Karen, Ohio State Team. We're on our third PDSA cycle of crib audits on maternity "
                "units, and on the preterm side we're rebuilding our measures now that 17P is "
                "gone. @ohio.member keeps our run charts honest.",
            ),
            (
                "member:puerto-rico",
                "Hola from the Puerto Rico Team! In two San Juan clinics we're testing a prompt in "
                "the prenatal record that flags a previous spontaneous preterm birth at the first "
                "visit, so a cervical length scan can be booked before the patient leaves.",
            ),
            (
                "member:lansing-task-force",
                "Lansing Hospital–Community Task Force here. We rotate the chair of our meetings, "
                "and this month a community organiser is leading our test of a warm hand-off from "
                "the postpartum unit to peer breastfeeding supporters.",
            ),
            (
                "member:tennessee",
                "Tennessee: two prenatal clinics have started sending quitline referrals directly "
                "instead of handing out the number. Seven referrals in the first week, which is "
                "more than those clinics made in the whole of last quarter.",
            ),
        ],
    },
    {
        "space": "collaborative",
        "title": "Request: a plain-language guide to reading run charts",
        "messages": [
            (
                "member:mississippi",
                "Some of our hospital partners switch off the moment a run chart goes up on the "
                "screen. Does anyone have a one-page explainer written for nurses and community "
                "members rather than analysts?",
            ),
            (
                "facilitator",
                "I teach four rules: a **shift** (six or more points in a row on one side of the "
                "median), a **trend** (five or more going the same way), too many or too few runs, "
                "and an obviously unusual point. Everything else is noise, and saying so out loud "
                "helps people relax. I have a one-pager from the Ohio coaching sessions I can "
                "share.",
            ),
            (
                "ohio.member",
                "Fine by us for the Ohio version to go out. One tip from our hospitals: draw the "
                "median and the goal in different colours and label both on the chart itself, "
                "because people kept mistaking the goal line for the median.",
            ),
            (
                "editor",
                "I'll combine Marcus's four rules and Jamal's labelling tip into a one-page "
                "resource and post the link here by Friday. The example chart will use invented "
                "data, so nobody argues about the numbers instead of learning the rules.",
            ),
        ],
    },
    {
        "space": "team:ohio",
        "title": "Weekly data huddle: Tuesday notes and open questions",
        "pinned": True,
        "messages": [
            (
                "ohio.lead",
                "Notes from Tuesday's huddle for anyone who missed it:\n\n"
                "- 14 of the 18 hospitals in the crib audit cohort sent March audits on time.\n"
                "- 81% of audited cribs were fully safe (back, alone, flat, nothing else in the "
                "crib), up from 64% at baseline.\n"
                "- Early elective deliveries (PC-01) held at 1.9% statewide for the quarter.\n\n"
                "@ohio.member, could you find out why two hospitals' audit counts fell from 20 to "
                "under 10?",
            ),
            (
                "ohio.member",
                "On it. Lake Erie Regional closed a unit for flooring work, so its smaller count "
                "is real. At the other hospital a new auditor thought only the well-baby nursery "
                "counted; I'll call their nurse manager today.",
            ),
            (
                "ohio.lead",
                "Thanks. Please don't leave March blank on the run chart; annotate it, so the "
                "smaller denominators aren't read as a change in practice.",
            ),
            (
                "ohio.member",
                "Done: both are annotated, and each month now shows its n under the point. I also "
                "split the audits by unit, because the special care nursery pulls the total down: "
                "69% safe there against 85% on the postpartum units.",
            ),
            (
                "facilitator",
                "That split is the most useful thing on the chart this week. Before you show the "
                "nursery team the gap, I'd ask them what gets in the way of safe sleep on their "
                "unit, and just listen.",
            ),
        ],
    },
    {
        "space": "team:ohio",
        "title": "PDSA cycle 3: crib audits on two maternity units",
        "messages": [
            (
                "ohio.member",
                "Starting cycle 3. **Plan:** on two units, one at Lake Erie Regional and one at a "
                "Franklin County hospital, charge nurses audit five cribs per shift for two weeks "
                "with the one-page checklist. **Prediction:** at least 80% of cribs fully safe, "
                "with loose blankets, not sleep position, as the main failure.",
            ),
            (
                "ohio.lead",
                "Looks good. Can you write down what cycles 1 and 2 taught us before we start? The "
                "hospitals will ask why it's five per shift and not ten.",
            ),
            (
                "ohio.member",
                "Cycle 1: ten audits per shift was too many and night shift skipped them. Cycle 2: "
                "five per shift worked, but the paper forms sat in a drawer for a week. This time "
                "the charge nurse enters them on the unit tablet before handover.",
            ),
            (
                "faculty",
                "One suggestion from the clinical side: add a line for whether a parent was in the "
                "room and whether the nurse talked with them about what she saw. The audit tells "
                "you what the crib looked like; the conversation is what changes what happens at "
                "home.",
            ),
            (
                "member:ohio",
                "Day one at the Franklin County unit: 28 cribs audited, 22 fully safe. Four of the "
                "six misses were swaddle blankets pulled up over the shoulders and two were babies "
                "still wearing hats after the first hours of life.",
            ),
            (
                "ohio.member",
                "That's 79%, close to the prediction, and the failure pattern matches too. We'll "
                "do the **Study** step at Tuesday's huddle. @faculty, could you join for the last "
                "15 minutes?",
            ),
            (
                "faculty",
                "Happy to. Bring a couple of photos of the checklist as it's really being filled "
                "in, not only the totals.",
            ),
        ],
    },
    {
        "space": "team:ohio",
        "title": "PC-01: one hospital back above 5% last month",
        "messages": [
            (
                "ohio.member",
                "Before the monthly reports go out: one mid-sized hospital had 4 elective "
                "deliveries between 37 and 39 weeks out of 61 eligible births last month, about "
                "6.6%. Each of its previous six months was under 2%.",
            ),
            (
                "ohio.lead",
                "Real change or coding? Last time we saw a jump like that, it turned out to be "
                "inductions for gestational hypertension that weren't coded that way.",
            ),
            (
                "ohio.member",
                "I went through the four charts with their quality nurse. Two had a documented "
                "medical reason that never reached the discharge abstract. The other two were "
                "genuinely elective, booked by a new physician group nobody had shown the "
                "hard-stop form to.",
            ),
            (
                "ohio.lead",
                "So the hard stop only holds when the scheduling desk knows to ask for the form. "
                "I'll call their chief nursing officer today. Let's also send the new group the "
                "booking form and the 39-weeks leaflet for families.",
            ),
            (
                "member:ohio",
                "I can take the scheduler training: fifteen minutes at their Monday huddle. We did "
                "the same at two hospitals last year and the rates held.",
            ),
            (
                "ohio.member",
                "Thanks. I'll report the month as 2 of 61 (3.3%) after correction, with a note, "
                "and keep a close eye on the next three months.",
            ),
        ],
    },
    {
        "space": "team:ohio",
        "title": "Retiring the 17P measure from our preterm dashboard",
        "messages": [
            (
                "ohio.lead",
                "The FDA withdrew Makena's approval in April 2023, yet our dashboard still lists "
                "'eligible women receiving 17P' as a core measure. I'd like to retire it at the "
                "end of this quarter and replace it with measures that follow current guidance. "
                "Thoughts before I take it to the steering group?",
            ),
            (
                "ohio.member",
                "Agreed. I'd propose three:\n\n"
                "1. Prior spontaneous preterm birth recorded at the first prenatal visit.\n"
                "2. For those women, cervical length measured between 16 and 24 weeks.\n"
                "3. Low-dose aspirin offered to women at high risk of preeclampsia.\n\n"
                "The third can come from Medicaid pharmacy claims; the first two need chart review "
                "at a sample of clinics.",
            ),
            (
                "member:ohio",
                "Medicaid side: 17P also has to come off the prior authorisation form and out of "
                "the managed care plans' outreach scripts. Two plans still mention it in letters "
                "to members.",
            ),
            (
                "ohio.lead",
                "Good catch. Let's keep the old series on the chart, greyed out and annotated with "
                "the withdrawal date, so nobody reads its disappearance as lost data. And the new "
                "measures get stratified by race from the very first month.",
            ),
            (
                "ohio.member",
                "I'll draft the definitions this week and post them in the preterm network as "
                "well; Texas and Puerto Rico asked the same question after the webinar.",
            ),
        ],
    },
    {
        "space": "network:safe-sleep",
        "title": "Protocol request: safe sleep for babies leaving the NICU",
        "messages": [
            (
                "member:louisiana",
                "Does anyone have a written NICU protocol for moving babies to safe sleep before "
                "discharge? Families watch their babies lie prone with positioning aids for weeks, "
                "then we ask them to do the opposite at home.",
            ),
            (
                "faculty",
                "A very common gap. Good protocols move a stable baby to the back, in a flat and "
                "bare crib, by about 32 weeks' corrected age, so parents see the home routine well "
                "before discharge. The key is a short list of medical exceptions signed by a "
                "provider, so nurses aren't deciding case by case.",
            ),
            (
                "member:mississippi",
                "Our level III unit uses a green crib card for 'home-ready sleep', and parents "
                "take the same card home. Nurses said the card ended the argument at handover. I "
                "can share the policy with the hospital's name removed.",
            ),
            (
                "member:louisiana",
                "Yes, please. How did you audit it? Our crib audits only cover the well-baby "
                "nursery.",
            ),
            (
                "member:mississippi",
                "We added 10 green-card babies a month to the regular audit. Fully safe cribs went "
                "from 40% to 85% in six months, and the biggest single win was taking rolled "
                "blankets out of the home-ready cribs.",
            ),
            (
                "faculty",
                "Thank you both. For families at discharge, the NICHD "
                "[Safe to Sleep](https://safetosleep.nichd.nih.gov/) materials are free to order, "
                "and we'll cover NICU graduates in the upcoming webinar.",
            ),
        ],
    },
    {
        "space": "network:safe-sleep",
        "title": "Portable crib giveaways: is the crib in use a month later?",
        "messages": [
            (
                "member:tennessee",
                "Our health department clinics give out about 300 portable cribs a year, and our "
                "only measure is cribs distributed. Has anyone found a practical way to learn "
                "whether the baby is actually sleeping in it a month later?",
            ),
            (
                "member:new-madrid-county-hub",
                "We call at 30 days with three questions: where did the baby sleep last night, on "
                "what, and with what else in the crib. About 60% of families pick up, and of those "
                "roughly three in four say the baby slept in the crib.",
            ),
            (
                "member:georgia",
                "One caution: families often give the answer they know is expected. Our home "
                "visitors now ask parents to show them where the baby sleeps, which is more honest "
                "but only reaches families already enrolled.",
            ),
            (
                "faculty",
                "Both are worth doing. I'd add: 'Where does the baby sleep when you're exhausted?' "
                "Sofas and adult beds come up again and again in child death reviews, and parents "
                "are more open when it's asked that way.",
            ),
        ],
    },
    {
        "space": "network:smoking-cessation",
        "title": "Webinar follow-up: quitline referrals from prenatal care",
        "messages": [
            (
                "member:detroit-eastside-birthing",
                "After the quitline webinar we stopped handing out 1-800-QUIT-NOW cards and "
                "started sending an electronic referral from the prenatal record, so the quitline "
                "makes the first call. In the first month 23 of 31 pregnant patients who smoke "
                "were referred; the cards used to produce a handful of calls a quarter.",
            ),
            (
                "member:georgia",
                "That's a big jump. How many did the quitline actually reach? Ours reaches about "
                "half, and we lose most of the rest to out-of-date phone numbers.",
            ),
            (
                "member:detroit-eastside-birthing",
                "They reached 14 of the 23. We've added a check-in step to confirm the best "
                "number, a good time to call and whether it's fine to leave a message. Next "
                "month's reach rate will tell us whether that helped.",
            ),
            (
                "member:michigan",
                "From the state side: our quitline has a pregnancy protocol with extra counselling "
                "calls and a call after the birth. If the referral form doesn't mark the patient "
                "as pregnant, she gets the standard programme, so check your form.",
            ),
            (
                "member:tennessee",
                "That's exactly our problem: our form has no pregnancy field at all. Fixing it "
                "this week.",
            ),
        ],
    },
    {
        "space": "network:preterm-early-term",
        "title": "After 17P: what's in your measure set now?",
        "messages": [
            (
                "member:texas",
                "Following last month's webinar: our dashboard still carries the old 17P measure. "
                "What have other teams replaced it with? We owe our steering committee an answer "
                "by the end of the quarter.",
            ),
            (
                "ohio.lead",
                "Ohio is retiring it this quarter in favour of three process measures: prior "
                "spontaneous preterm birth recorded at the first visit, cervical length screening "
                "for those women, and aspirin offered to women at high risk of preeclampsia. "
                "@ohio.member is writing the definitions.",
            ),
            (
                "member:puerto-rico",
                "We chose the first two as well. A lesson from our clinics: the flag only helps if "
                "someone acts on it, so we count 'flagged **and** booked for a cervical length "
                "scan' as a single measure.",
            ),
            (
                "ohio.member",
                "Draft definitions, short version:\n\n"
                "- **Denominator:** women at their first prenatal visit in the month.\n"
                "- **Numerator 1:** prior preterm birth recorded as yes or no (blank counts as a "
                "miss).\n"
                "- **Numerator 2:** of those with a prior spontaneous preterm birth, cervical "
                "length scan booked.\n\n"
                "Stratify both by race and payer from the start.",
            ),
            (
                "member:lake-erie-regional",
                "From a hospital perspective, please keep them to things clinics can pull without "
                "full chart review. Counting blanks as misses is smart: a quarter of our records "
                "left the history field empty.",
            ),
        ],
    },
    {
        "space": "network:preterm-early-term",
        "title": "Hard-stop policy for early elective deliveries: who approves exceptions?",
        "messages": [
            (
                "member:puerto-rico",
                "We're drafting a hard-stop policy for scheduled deliveries before 39 weeks at "
                "three hospitals. Who approves exceptions where you are: the department chair, a "
                "perinatologist, someone else?",
            ),
            (
                "member:lake-erie-regional",
                "Here it's the chair of obstetrics or a designate, around the clock. The "
                "scheduling desk can't book an induction or caesarean before 39 weeks without an "
                "indication from the list on the booking form; anything else goes to the chair. "
                "That's about two calls a month.",
            ),
            (
                "ohio.lead",
                "Across Ohio, the hospitals that kept their rates down had two things in common: "
                "schedulers had the authority to say no, and each hospital got its own PC-01 rate "
                "back every month. Where there was a policy but no monthly data, rates crept up "
                "again within a year.",
            ),
            (
                "member:texas",
                "Also make your list of indications match the Joint Commission PC-01 exclusions, "
                "or your counts won't match what the hospitals report nationally.",
            ),
        ],
    },
    {
        "space": "network:risk-appropriate-care",
        "title": "Very low birth weight births: how are you counting the baseline?",
        "messages": [
            (
                "member:mississippi",
                "We're setting a baseline for the share of very low birth weight babies (under "
                "1,500 g) born in a hospital with a level III or IV NICU. Do you count by hospital "
                "of birth on the birth certificate, or where the baby ends up?",
            ),
            (
                "member:louisiana",
                "Hospital of birth. The measure is about where delivery happens, because a "
                "transfer after birth is the very risk we're trying to avoid. We link birth "
                "certificates to a list of levels we verify ourselves rather than the levels "
                "hospitals report.",
            ),
            (
                "member:bayou-womens-hospital",
                "As a receiving level III hospital we'd add: review the babies born elsewhere and "
                "ask why. Of last year's 19 VLBW babies transferred to us after birth, most "
                "mothers arrived in advanced labour, but six had been seen at a lower-level "
                "hospital earlier that week with warning signs.",
            ),
            (
                "member:lake-erie-regional",
                "Same pattern here. We now run a single call line for maternal transport from our "
                "partner hospitals, so the transfer conversation happens before delivery instead "
                "of after.",
            ),
            (
                "facilitator",
                "To check levels against standard definitions, CDC's Levels of Care Assessment "
                "Tool (LOCATe) is worth a look; search for it on https://www.cdc.gov/. It saves "
                "you building the baseline on self-reported levels.",
            ),
        ],
    },
    {
        "space": "network:social-determinants",
        "title": "Closed-loop referrals: what counts as closed?",
        "messages": [
            (
                "member:pemiscot-county-hub",
                "We're tightening our definition of a closed-loop referral for social needs. Right "
                "now it counts as closed when the partner agency confirms they contacted the "
                "family. Is that enough, or should it be 'the need was met'?",
            ),
            (
                "member:lansing-task-force",
                "We argued about this for months and ended up with two measures: **contact made** "
                "within seven days, and **need met** as the family describes it at the next visit. "
                "The second is slower and messier, but it's the one families care about.",
            ),
            (
                "member:franklin-county-hub",
                "Same here. For housing the gap was huge: 70% contacted, under 20% with the need "
                "met, because the units simply aren't there. Seeing that changed what we asked the "
                "county for.",
            ),
            (
                "ohio.member",
                "Data tip: show them as two run charts with the same denominator, referrals made "
                "in the month. Combine them and the housing problem disappears into an average.",
            ),
            (
                "facilitator",
                "And treat the pair as a check on each other: if contacts climb while needs met "
                "stay flat, partners may be making quick calls to hit a target.",
            ),
        ],
    },
    {
        "space": "network:preconception-interconception",
        "title": "Contraception before discharge: billing, stocking and choice",
        "messages": [
            (
                "member:michigan",
                "Several of our hospitals say they'd offer implants and IUDs before discharge if "
                "the billing worked. Where Medicaid pays for the device separately from the "
                "delivery, what did it take for hospitals to actually stock devices?",
            ),
            (
                "member:texas",
                "Payment alone didn't do it. Pharmacy needed a code to order against, nurses "
                "needed counselling training, and someone had to change the order set. Our best "
                "hospital had a champion for each; the others stalled at pharmacy.",
            ),
            (
                "member:california",
                "Counselling has to start in prenatal care too. Someone hearing about it for the "
                "first time after delivery isn't really in a position to choose, and we want it to "
                "be her choice, whether that's a method or spacing the next pregnancy some other "
                "way.",
            ),
            (
                "member:grand-rapids-task-force",
                "Strongly agree. Our community members raised the history of coercive "
                "contraception in Black communities, so we track whether each patient's choice was "
                "recorded and honoured, including 'no method', not only LARC uptake.",
            ),
            (
                "member:michigan",
                "That's the measure we'll use: 'contraceptive choice documented and honoured', "
                "with LARC uptake alongside. Texas, please post your pharmacy and order set "
                "checklist here when you can.",
            ),
        ],
    },
    {
        "space": "state:ohio",
        "title": "October safe sleep month: one message from hospitals and hubs",
        "messages": [
            (
                "ohio.lead",
                "@team-ohio and partners: this October we'd like every hospital and hub to use the "
                "same three safe sleep messages: **alone, on the back, in a crib**. Could Franklin "
                "County and Lake Erie Regional tell us what's already planned, so we don't double "
                "up?",
            ),
            (
                "member:franklin-county-hub",
                "Two community baby showers, with portable cribs, in the neighbourhoods with the "
                "highest sleep-related death rates, plus a session with barbers and stylists "
                "who've agreed to talk with fathers and grandmothers. We'd happily use shared "
                "materials.",
            ),
            (
                "member:lake-erie-regional",
                "We'll run crib audits on both maternity units that month and post the results on "
                "the unit boards. Our nurses also want to role-play the conversation with parents "
                "who plan to bed-share.",
            ),
            (
                "ohio.member",
                "I can make a one-page profile for each hub area with three years of sleep-related "
                "deaths as grouped rates, so everyone is working from the same facts.",
            ),
            (
                "facilitator",
                "I'd pick one measure for everyone to report in October, such as the number of "
                "families who had a safe sleep conversation with a nurse or health worker. It's "
                "simple, and it gives you a statewide number to celebrate in November.",
            ),
            ("ohio.lead", "Let's do that. I'll send round a one-line tally form next week."),
        ],
    },
    {
        "space": "state:missouri",
        "title": "Bootheel numbers for the state report",
        "messages": [
            (
                "facilitator",
                "@state-missouri, the Bootheel section of the state report is due next month. As a "
                "reminder, the aim set in 2013 was 15% fewer infant deaths across the six Bootheel "
                "counties by 2022, and a narrower gap between Black and white families.",
            ),
            (
                "member:missouri",
                "We have provisional numbers through last year. The regional rate is still more "
                "than 15% below the 2013 level, a mark the region first passed in 2017 and again "
                "in 2018, but the gap between Black and white infants has narrowed less than we "
                "hoped. With counts this small we're reporting five-year rolling rates.",
            ),
            (
                "member:dunklin-county-hub",
                "Please include process measures too. In a county with a few dozen births a month "
                "the death rate jumps around; prenatal visits and social needs screening tell our "
                "partners far more about whether the work is happening.",
            ),
            (
                "member:pemiscot-county-hub",
                "Agreed. The share of pregnant women screened for social needs at hub clinics and "
                "the share of referrals closed are the two numbers our board watches. I'll send "
                "last quarter's by Friday.",
            ),
            (
                "facilitator",
                "Great. Outcome as five-year rolling rates with the gap shown separately, then "
                "each hub's two process measures, all on one page. I'll draft the layout.",
            ),
        ],
    },
    {
        "space": "state:michigan",
        "title": "What the task forces hear about smoking in pregnancy",
        "messages": [
            (
                "member:michigan",
                "The state team is revising its smoking cessation plan and we'd like to hear from "
                "the Lansing and Grand Rapids task forces. What do families tell you about "
                "quitting in pregnancy, and where does the current support miss them?",
            ),
            (
                "member:lansing-task-force",
                "Our community organisers hear that much of the advice lands as judgement. Mothers "
                "told us they'd rather hear it from a doula or a peer than from a clinician in a "
                "ten-minute visit.",
            ),
            (
                "member:grand-rapids-task-force",
                "Same here, and stress is the reason people name most often: housing, money, "
                "safety. When the quitline is the only offer, it feels like it misses the point.",
            ),
            (
                "member:detroit-eastside-birthing",
                "We could test a brief intervention delivered by doulas, with a warm referral to "
                "the quitline's pregnancy protocol. Our doulas are interested if someone can train "
                "them.",
            ),
            (
                "member:michigan",
                "Promising. We have tobacco treatment training funds this year; I'll check whether "
                "doulas and community organisers can attend and bring it to the next task force "
                "meetings, whoever holds the chair that month.",
            ),
        ],
    },
    {
        "space": "state:louisiana",
        "title": "Maternal transport line: Bayou's update for the regional meeting",
        "messages": [
            (
                "member:bayou-womens-hospital",
                "Ahead of the regional perinatal meeting: since the single transfer line opened in "
                "January we've accepted 41 maternal transports, and the median time from first "
                "call to acceptance fell from 52 minutes to 14. Two referring hospitals still call "
                "individual physicians instead.",
            ),
            (
                "member:louisiana",
                "Great result. Can you break the transports down by the referring hospital's level "
                "of care? We'd like to know whether level I hospitals use the line as much as "
                "level II.",
            ),
            (
                "member:bayou-womens-hospital",
                "About two-thirds came from level II hospitals. Some level I hospitals don't think "
                "to call until the mother is in active labour, and we'd welcome the state's help "
                "with outreach to them.",
            ),
            (
                "member:louisiana",
                "We can add the transfer line to our level-of-care verification visits and send "
                "the regional coordinator along with you to the level I hospitals. Giving each "
                "hospital its own data every month worked in the haemorrhage work; let's do the "
                "same here.",
            ),
            (
                "facilitator",
                "At the meeting, show the time-to-acceptance run chart with the January change "
                "marked on it. It tells the story better than a before-and-after pair of numbers.",
            ),
        ],
    },
    {
        "space": "team:missouri",
        "title": "Cutting next quarter's measure list",
        "messages": [
            (
                "member:missouri",
                "Our measure list has grown to 14 items and the hubs are tired of reporting. "
                "Marcus, can you help us cut it down before next quarter?",
            ),
            (
                "facilitator",
                "Happy to. A team can act on three to five measures at once: one outcome (infant "
                "mortality, as a five-year rolling rate), two or three process measures tied to "
                "tests you're actually running, and one balancing measure.",
            ),
            (
                "member:missouri",
                "So: safe sleep conversation at the first home visit, social needs screening with "
                "a closed-loop referral, prenatal care in the first trimester, and staff hours "
                "spent on reporting as the balancing measure?",
            ),
            (
                "facilitator",
                "That's a solid set. Don't delete the rest; move them to a yearly check, so you'd "
                "still notice if something slipped.",
            ),
            (
                "member:missouri",
                "I'll take the draft to the hub coordinators on Thursday and post the final list "
                "in the Bootheel working group.",
            ),
        ],
    },
    {
        "space": "team:louisiana",
        "title": "A safe sleep check during level-of-care verification visits?",
        "messages": [
            (
                "member:louisiana",
                "Our safe sleep and risk-appropriate care work both send us into hospitals. Should "
                "we add a short safe sleep check to the level-of-care verification visits? It "
                "would save trips, but those days are already long.",
            ),
            (
                "member:louisiana",
                "Keep it small: ten cribs audited on the postpartum unit and one question for the "
                "NICU manager about when babies move to back sleeping. About 20 minutes.",
            ),
            (
                "member:louisiana",
                "Let's test it on the next two visits, then ask each hospital whether it felt "
                "useful or like one more inspection. I'll adapt the crib audit form shared in the "
                "safe sleep network into a one-page checklist.",
            ),
        ],
    },
    {
        "space": "group:bootheel-safe-sleep-working-group",
        "title": "Adapting the crib audit for home visits",
        "messages": [
            (
                "member:new-madrid-county-hub",
                "Our home visitors want a short version of the hospital crib audit to use at the "
                "first home visit. Has anyone in the Bootheel tried this?",
            ),
            (
                "member:pemiscot-county-hub",
                "We tried five items: on the back, alone, flat firm surface, nothing soft, no "
                "smoking in the home. Visitors ask parents to show them where the baby sleeps "
                "rather than describe it. About one home in three had at least one item missing, "
                "usually a blanket or a pillow.",
            ),
            (
                "member:missouri",
                "The state can print the form and add it to the home visiting data system, so "
                "nobody keeps a separate spreadsheet. @state-missouri, who else wants it in their "
                "visits?",
            ),
            (
                "member:dunklin-county-hub",
                "Yes for Dunklin. Could we add an item on where the baby sleeps when the family "
                "stays with relatives? That's where we lose track of many babies.",
            ),
            (
                "facilitator",
                "Test the Dunklin item with five families before it goes into the data system. "
                "Wording that reads well on paper doesn't always work at the kitchen table.",
            ),
        ],
    },
    {
        "space": "team:ohio",
        "title": "Safe sleep disparities in our county data: how we present them",
        "messages": [
            (
                "ohio.lead",
                "Draft for the hospital leaders' meeting: our death review data show safe sleep "
                "disparities that have not narrowed in five years. Before it goes out, I'd like "
                "us to agree how we describe the gap, so no family reads it as blame.",
            ),
            (
                "ohio.member",
                "Suggestion: lead with what families were offered, not what they did. In the "
                "counties with the widest gap, families were the least likely to leave with a "
                "crib. That is something hospitals can change next month.",
            ),
            (
                "facilitator",
                "Agreed. And show the crib audit results split by race and payer next to the death "
                "review figures, so leaders see both the outcome and a process they own.",
            ),
        ],
    },
]

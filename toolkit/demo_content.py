"""Demo content for the change-idea toolkit: areas, drivers, change ideas, cases and insights."""

# Pure data with no Django imports, so it can be read and checked without a database.
#
# Facts and figures about the Infant Mortality CoIIN, the Louisiana PQC, Bootheel Babies and
# Families and QI-TRACS come from their public summaries, in our own words. Everything else is
# invented for the demo: all contacts are fictional people, results marked 'illustrative' are
# plausible placeholders, and the team-level detail and 'differently' reflections are examples
# written for the demo, not reports from the programmes named.

EVIDENCE_LEGEND = {
    "evidence_based": (
        "Tested in well-designed studies, usually randomised trials or systematic reviews, and "
        "shown to improve outcomes for mothers or babies."
    ),
    "promising": (
        "Improved results in several real programmes or observational studies, but not yet "
        "confirmed by rigorous trials."
    ),
    "emerging": (
        "A new idea that makes sense in theory and that teams have begun to test, with little "
        "published evidence so far."
    ),
}

# One per learning network, in the order of the networks.
STRATEGY_AREAS = [
    {
        "network": "safe-sleep",
        "title": "Safe sleep",
        "aim": (
            "Increase by 10% over each state's 2014 baseline the share of infants laid to "
            "sleep on their backs, alone, in a crib with no soft bedding, by the end of 2017."
        ),
        "overview": (
            "Roughly 3,500 babies in the United States die suddenly and unexpectedly each "
            "year, most of them while asleep, and many of these deaths happen in unsafe sleep "
            "positions or places. Teams in this network make hospitals show the safe way to "
            "sleep every time, help families who lack a crib or face conflicting advice, and "
            "use local death reviews to decide where to focus."
        ),
        "equity": {
            "disparity": (
                "Black and American Indian and Alaska Native babies have a rate of sudden "
                "unexpected infant death more than double that of white babies."
            ),
            "stratify": (
                "Report PRAMS sleep practices and sudden unexpected infant death rates by "
                "maternal race and ethnicity, by county or urban and rural residence, and by "
                "Medicaid versus private insurance."
            ),
        },
        "drivers": [
            {
                "title": "Hospitals show and teach safe sleep",
                "description": (
                    "Families copy what nurses do in the first days after birth, so every "
                    "maternity unit and NICU puts babies down safely and checks what parents "
                    "plan to do at home."
                ),
                "secondary": [
                    {
                        "title": "Staff put every baby down safely, every time",
                        "change_ideas": [
                            "model-safe-sleep-on-maternity-units",
                            "transition-nicu-babies-to-safe-sleep",
                        ],
                    },
                    {
                        "title": "Families leave hospital with a clear, checked plan",
                        "change_ideas": [
                            "teach-back-safe-sleep-before-discharge",
                            "link-safe-sleep-and-breastfeeding-support",
                        ],
                    },
                ],
            },
            {
                "title": "Families have the means and support to follow the advice",
                "description": (
                    "Parents who lack a crib, or who hear different advice from relatives, "
                    "need practical help and a real conversation rather than another leaflet."
                ),
                "secondary": [
                    {
                        "title": "A safe sleep space for every baby",
                        "change_ideas": ["distribute-portable-cribs-with-education"],
                    },
                    {
                        "title": "Advice fits each family's circumstances",
                        "change_ideas": ["hold-safe-sleep-conversations-at-home-visits"],
                    },
                ],
            },
            {
                "title": "Local data show where to focus",
                "description": (
                    "Findings from reviews of sleep-related deaths tell hospitals and home "
                    "visitors which risks are most common in their own area."
                ),
                "secondary": [
                    {
                        "title": "Each sleep-related death informs prevention",
                        "change_ideas": ["feed-child-death-review-findings-back"],
                    },
                ],
            },
        ],
    },
    {
        "network": "smoking-cessation",
        "title": "Smoking cessation",
        "aim": (
            "By the end of 2016, raise the share of women who quit smoking before pregnancy by "
            "10% over each state's 2014 PRAMS baseline."
        ),
        "overview": (
            "Smoking in pregnancy raises the risk of preterm birth, low birth weight, "
            "placental problems and sudden infant death, and many women who stop while "
            "pregnant start again within months of the birth. Teams in this network make sure "
            "every pregnant and postpartum woman who uses tobacco is asked, advised and handed "
            "to treatment that calls her back, and they remove payment barriers that block "
            "counselling and medication."
        ),
        "equity": {
            "disparity": (
                "Smoking in pregnancy is far more common among American Indian and Alaska "
                "Native women, women in rural counties and women covered by Medicaid than "
                "among other groups."
            ),
            "stratify": (
                "Stratify screening, referral and quit rates by race and ethnicity, rural or "
                "urban county of residence, and Medicaid versus private coverage."
            ),
        },
        "drivers": [
            {
                "title": "Every pregnant woman who uses tobacco is identified and advised",
                "description": (
                    "Clinics can only help women they have identified, so asking about tobacco "
                    "must be routine, repeated and free of judgement."
                ),
                "secondary": [
                    {
                        "title": "Ask about all tobacco and nicotine at every prenatal visit",
                        "change_ideas": ["ask-about-tobacco-at-every-prenatal-visit"],
                    },
                    {
                        "title": "Confirm smoking and smoke exposure objectively",
                        "change_ideas": ["check-carbon-monoxide-at-prenatal-visits"],
                    },
                ],
            },
            {
                "title": "Effective treatment is easy to reach",
                "description": (
                    "A woman who is ready to quit gets counselling and support without having "
                    "to make the first call or pay out of pocket."
                ),
                "secondary": [
                    {
                        "title": "Referral hands the patient to a coach who calls her",
                        "change_ideas": ["send-electronic-quitline-referrals"],
                    },
                    {
                        "title": "Quitting is rewarded and treatment is paid for",
                        "change_ideas": [
                            "offer-incentives-for-verified-quitting",
                            "remove-barriers-to-medicaid-cessation-coverage",
                        ],
                    },
                ],
            },
            {
                "title": "Quitting lasts after the baby is born",
                "description": (
                    "Support continues into the first year, when relapse is common and the "
                    "baby is exposed to smoke at home."
                ),
                "secondary": [
                    {
                        "title": "Paediatric visits support the parent's quit attempt",
                        "change_ideas": ["screen-parents-for-smoking-at-well-baby-visits"],
                    },
                ],
            },
        ],
    },
    {
        "network": "preconception-interconception",
        "title": "Preconception and interconception health",
        "aim": (
            "Reduce by 10% from each state's 2014 baseline the share of births conceived less "
            "than 18 months after the mother's previous birth, by the end of 2017."
        ),
        "overview": (
            "Pregnancies that start less than 18 months after a previous birth carry a higher "
            "risk of preterm birth and low birth weight, and close to half of US pregnancies "
            "are unintended. Teams in this network make sure women can get the contraception "
            "they choose when they want it, that postpartum care happens and follows up "
            "problems from pregnancy, and that clinicians ask about pregnancy plans at routine "
            "visits."
        ),
        "equity": {
            "disparity": (
                "Short birth intervals and unintended pregnancies are more common among young "
                "women, women with low incomes and Black and Hispanic women, largely because "
                "access to contraception and postpartum care is uneven."
            ),
            "stratify": (
                "Stratify by race and ethnicity, maternal age group (under 20, 20 to 24, 25 "
                "and over), payer, and rural or urban residence."
            ),
        },
        "drivers": [
            {
                "title": "Women get the contraception they choose, when they want it",
                "description": (
                    "Every method, including IUDs and implants, is available at the time a "
                    "woman wants it, with counselling that respects her decision."
                ),
                "secondary": [
                    {
                        "title": (
                            "IUDs and implants offered and paid for during the delivery stay"
                        ),
                        "change_ideas": [
                            "offer-immediate-postpartum-larc",
                            "unbundle-payment-for-immediate-postpartum-larc",
                        ],
                    },
                    {
                        "title": "Counselling starts from the woman's own priorities",
                        "change_ideas": ["use-patient-centred-contraceptive-counselling"],
                    },
                ],
            },
            {
                "title": "Postpartum care happens and looks ahead",
                "description": (
                    "Every mother has postpartum care that follows up complications of "
                    "pregnancy and prepares her for her health before any future pregnancy."
                ),
                "secondary": [
                    {
                        "title": "The postpartum visit is booked and kept",
                        "change_ideas": ["book-postpartum-visit-before-discharge"],
                    },
                    {
                        "title": "Complications of pregnancy are followed up",
                        "change_ideas": ["follow-up-gestational-diabetes-and-hypertension"],
                    },
                ],
            },
            {
                "title": "Clinicians ask about reproductive goals at routine visits",
                "description": (
                    "Primary care and paediatric visits become chances to ask women about "
                    "their plans for pregnancy and their own health."
                ),
                "secondary": [
                    {
                        "title": "Primary care asks about pregnancy intentions",
                        "change_ideas": ["ask-about-pregnancy-intentions-in-primary-care"],
                    },
                    {
                        "title": "Paediatric visits check on the mother",
                        "change_ideas": ["check-on-mothers-at-well-baby-visits"],
                    },
                ],
            },
        ],
    },
    {
        "network": "social-determinants",
        "title": "Social determinants of health",
        "aim": (
            "Narrow the gap between Black and white infant mortality rates by 10% in each "
            "participating state or county, comparing the 2017–2019 average with the 2012–2014 "
            "average."
        ),
        "overview": (
            "Income, housing, transport, food and racism shape which babies reach their first "
            "birthday, and medical care alone will not close the gap between Black and white "
            "infant mortality. Teams in this network measure where inequities are worst, "
            "connect families with help for their social needs, and change how hospitals, "
            "health departments and local partners share decisions with the communities they "
            "serve."
        ),
        "equity": {
            "disparity": (
                "The infant mortality rate for Black babies is more than double the rate for "
                "white babies, and rural families in the South face some of the highest rates "
                "in the country."
            ),
            "stratify": (
                "Show every measure by race and ethnicity, by county or census tract with "
                "rural and urban comparisons, and by payer, using pooled multi-year rates for "
                "small populations."
            ),
        },
        "drivers": [
            {
                "title": "Teams understand where and why inequities arise",
                "description": (
                    "Local data on outcomes, conditions and families' experiences of care "
                    "point teams to root causes rather than to whatever programme is already "
                    "funded."
                ),
                "secondary": [
                    {
                        "title": "Local data show outcome gaps and living conditions together",
                        "change_ideas": ["build-county-equity-data-profiles"],
                    },
                    {
                        "title": "Families' experiences of care are measured",
                        "change_ideas": ["collect-birthing-parent-experience-surveys"],
                    },
                ],
            },
            {
                "title": "Families' social needs are found and met",
                "description": (
                    "Pregnant women are asked about food, housing, transport and safety, and "
                    "someone they trust helps them get what they need."
                ),
                "secondary": [
                    {
                        "title": "Routine screening with referrals that are followed through",
                        "change_ideas": ["screen-for-social-needs-with-closed-loop-referral"],
                    },
                    {
                        "title": "Trusted community workers accompany families",
                        "change_ideas": ["pair-families-with-community-doulas"],
                    },
                ],
            },
            {
                "title": "Institutions share power and change their own policies",
                "description": (
                    "Hospitals and health departments give community members real "
                    "decision-making roles and examine their own policies for racial inequity."
                ),
                "secondary": [
                    {
                        "title": "Community members lead alongside staff",
                        "change_ideas": ["co-lead-with-community-organisers"],
                    },
                    {
                        "title": "Leaders confront institutional racism",
                        "change_ideas": ["train-leaders-together-on-institutional-racism"],
                    },
                    {
                        "title": "Local partners work toward one shared aim",
                        "change_ideas": ["form-county-hubs-with-a-shared-aim"],
                    },
                ],
            },
        ],
    },
    {
        "network": "preterm-early-term",
        "title": "Preterm and early term births",
        "aim": (
            "Cut elective deliveries at 37 and 38 weeks without a medical indication by 33% "
            "from each state's 2014 baseline by the end of 2016."
        ),
        "overview": (
            "Babies born at 37 or 38 weeks have more breathing problems and NICU admissions "
            "than babies born at 39 weeks or later, and preterm birth before 37 weeks is a "
            "leading contributor to infant death. Teams in this network stop deliveries before "
            "39 weeks that have no medical reason, give hospitals and families prompt data and "
            "clear explanations, and find women at high risk of preterm birth early enough to "
            "offer prevention. The CoIIN teams also worked to increase use of 17P "
            "(17-alpha-hydroxyprogesterone caproate); the FDA withdrew its approval in April "
            "2023, so teams now follow current ACOG and SMFM guidance on preventing recurrent "
            "preterm birth."
        ),
        "equity": {
            "disparity": (
                "Black women have a preterm birth rate about 1.5 times that of white women and "
                "are more likely to start prenatal care late."
            ),
            "stratify": (
                "Stratify preterm birth and early elective delivery rates by race and "
                "ethnicity, payer and birth hospital, and risk identification by trimester of "
                "entry to care."
            ),
        },
        "drivers": [
            {
                "title": "No delivery before 39 weeks without a medical reason",
                "description": (
                    "Hospitals make any induction or caesarean before 39 weeks depend on a "
                    "documented medical indication rather than convenience."
                ),
                "secondary": [
                    {
                        "title": "A hard-stop hospital policy",
                        "change_ideas": ["adopt-a-hard-stop-policy-for-elective-deliveries"],
                    },
                    {
                        "title": "Scheduling checks the indication at the point of booking",
                        "change_ideas": ["require-an-indication-checklist-to-schedule"],
                    },
                ],
            },
            {
                "title": "Clinicians and families know the rates and the reasons",
                "description": (
                    "Hospitals see their own data promptly, and families understand why the "
                    "last weeks of pregnancy matter."
                ),
                "secondary": [
                    {
                        "title": "Hospitals see their own rates every month",
                        "change_ideas": ["share-hospital-eed-rates-monthly"],
                    },
                    {
                        "title": "Families understand why 39 weeks matters",
                        "change_ideas": ["explain-the-value-of-39-weeks-to-families"],
                    },
                ],
            },
            {
                "title": "Women at high risk of preterm birth get prevention in time",
                "description": (
                    "Risk factors such as a previous spontaneous preterm birth or a short "
                    "cervix are found early enough to act on."
                ),
                "secondary": [
                    {
                        "title": "Risk is identified when a woman enters care",
                        "change_ideas": ["flag-prior-preterm-birth-at-first-prenatal-visit"],
                    },
                    {
                        "title": "A short cervix is found and treated",
                        "change_ideas": ["screen-cervical-length-in-mid-pregnancy"],
                    },
                ],
            },
        ],
    },
    {
        "network": "risk-appropriate-care",
        "title": "Risk-appropriate perinatal care",
        "aim": (
            "Raise to at least 85% the share of very low birth weight babies (under 1,500 "
            "grams) born in a level III or IV hospital in each participating state by the end "
            "of 2017."
        ),
        "overview": (
            "Very low birth weight babies born outside a hospital with a level III or IV "
            "neonatal intensive care unit are markedly more likely to die, and mothers with "
            "high-risk conditions fare better where specialists are on hand. Teams in this "
            "network define and verify each hospital's level of maternal and neonatal care, "
            "make transfers quick and safe, and prepare every birthing hospital for "
            "emergencies such as obstetric haemorrhage."
        ),
        "equity": {
            "disparity": (
                "Rural mothers and Black mothers are more likely to give birth in a hospital "
                "that lacks the care they or their babies need, and Black women suffer severe "
                "maternal morbidity from haemorrhage more often than white women."
            ),
            "stratify": (
                "Stratify by mother's county of residence (rural or urban), race and "
                "ethnicity, payer and the level of the birth hospital."
            ),
        },
        "drivers": [
            {
                "title": "Each hospital's level of care is clear and known",
                "description": (
                    "The state knows which hospitals can safely care for which mothers and "
                    "babies, based on national definitions rather than self-description."
                ),
                "secondary": [
                    {
                        "title": "Levels assessed against national definitions",
                        "change_ideas": ["assess-levels-of-care-with-a-standard-tool"],
                    },
                    {
                        "title": "Births of very small babies monitored by hospital level",
                        "change_ideas": ["track-vlbw-births-by-hospital-level"],
                    },
                ],
            },
            {
                "title": "High-risk mothers and babies reach the right hospital in time",
                "description": (
                    "Referring clinicians can arrange transfer quickly, and treatment that "
                    "protects the baby starts before transport."
                ),
                "secondary": [
                    {
                        "title": "Transfers arranged in one call",
                        "change_ideas": ["set-up-a-single-call-transfer-line"],
                    },
                    {
                        "title": "Treatment starts before transport",
                        "change_ideas": ["give-antenatal-steroids-before-transfer"],
                    },
                ],
            },
            {
                "title": "Every birthing hospital is ready for obstetric emergencies",
                "description": (
                    "Even hospitals that rarely see a major haemorrhage recognise it early and "
                    "respond as a practised team."
                ),
                "secondary": [
                    {
                        "title": "Blood loss is measured, not guessed",
                        "change_ideas": ["measure-blood-loss-quantitatively"],
                    },
                    {
                        "title": "Teams practise and learn from every serious case",
                        "change_ideas": [
                            "run-monthly-haemorrhage-drills",
                            "review-severe-haemorrhage-cases-for-equity",
                        ],
                    },
                ],
            },
        ],
    },
]

# Keyed by slug. Each one is listed under exactly one secondary driver above.
CHANGE_IDEAS = {
    "model-safe-sleep-on-maternity-units": {
        "area": "safe-sleep",
        "title": "Model safe sleep on every maternity unit",
        "summary": (
            "Nurses lay every healthy newborn on the back in an empty, flat bassinet each time "
            "the baby sleeps during the hospital stay."
        ),
        "why_it_works": (
            "Parents copy what they see staff do in the first days after birth, often more "
            "closely than what they are told. When bassinets hold loose blankets, positioning "
            "rolls or a baby on its side, families take that practice home. A unit that models "
            "the safe position without exception gives every family the same example."
        ),
        "evidence": "promising",
        "settings": ["hospital"],
        "pdsa": {
            "plan": (
                "On one postpartum unit, agree a five-item bassinet check (on the back, flat "
                "surface, nothing loose in the bassinet, wearable blanket instead of a loose "
                "one, bassinet not on the adult bed) and predict how many of 20 bassinets will "
                "pass."
            ),
            "do": (
                "The charge nurse audits 20 bassinets across a day shift and a night shift "
                "this week and coaches staff on the spot when an item fails."
            ),
            "study": (
                "Compare the pass rate with your prediction and note which item failed most "
                "often and on which shift."
            ),
            "act": (
                "Fix the item behind most failures first, for example by stocking wearable "
                "blankets, then repeat the audit next week with the night shift leading it."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Bassinets set up safely",
                "numerator": "Audited bassinets that pass all five checks",
                "denominator": "Bassinets audited",
                "source": "Weekly unit bassinet audit",
            },
            {
                "kind": "outcome",
                "name": "Babies laid on their backs to sleep at home",
                "numerator": ("Mothers who say they most often lay the baby on its back to sleep"),
                "denominator": "Mothers who answer the sleep-position question",
                "source": "Two-week follow-up call, or PRAMS for state-level results",
            },
        ],
        "watch_for": [
            (
                "Staff may swaddle tightly or raise the head of the bassinet out of habit, so "
                "write down which exceptions are medical and need an order."
            ),
            "Audits done only on day shift will overstate how often babies sleep safely.",
            ("Post results by unit, not by nurse, so the audit does not become a blame exercise."),
        ],
    },
    "transition-nicu-babies-to-safe-sleep": {
        "area": "safe-sleep",
        "title": "Move NICU babies to safe sleep well before discharge",
        "summary": (
            "Once a baby in the NICU is medically stable, staff switch to back sleeping in a "
            "flat, empty crib so parents see the home routine for days before discharge."
        ),
        "why_it_works": (
            "Preterm and sick babies often sleep prone or with positioning aids for medical "
            "reasons, and parents may keep doing this at home. Babies born preterm also have a "
            "higher risk of sudden unexpected infant death than babies born at term. A written "
            "trigger for the switch, agreed by the neonatal team, makes it routine rather than "
            "dependent on someone remembering."
        ),
        "evidence": "promising",
        "settings": ["hospital"],
        "pdsa": {
            "plan": (
                "With the neonatal team, agree the criteria for starting safe sleep and pick "
                "the next five babies who meet them."
            ),
            "do": (
                "Nurses move those babies to back sleeping in an empty crib and explain the "
                "change to parents at the bedside."
            ),
            "study": (
                "Record how many days each baby spent in safe sleep before discharge and any "
                "clinical concerns staff raised."
            ),
            "act": (
                "If babies reached discharge with fewer than three days of safe sleep, add the "
                "criteria to the daily rounds checklist and test again."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "NICU babies in safe sleep before discharge",
                "numerator": (
                    "NICU babies discharged home who slept in a safe position and crib for at "
                    "least 48 hours before discharge"
                ),
                "denominator": "NICU babies discharged home",
                "source": "NICU sleep audit and EHR",
            },
            {
                "kind": "outcome",
                "name": "Safe sleep at home among NICU graduates",
                "numerator": (
                    "Parents at the first follow-up visit who say the baby sleeps on its back, "
                    "alone, in a crib"
                ),
                "denominator": "NICU graduates seen at their first follow-up visit",
                "source": "Follow-up clinic questionnaire",
            },
        ],
        "watch_for": [
            (
                "Some babies have a genuine medical reason for another position, so document "
                "it and tell parents whether it applies at home."
            ),
            (
                "Positioning aids left in the crib for comfort undo the example the switch is "
                "meant to set."
            ),
        ],
    },
    "teach-back-safe-sleep-before-discharge": {
        "area": "safe-sleep",
        "title": "Check safe sleep plans with teach-back before discharge",
        "summary": (
            "Before discharge, a nurse asks each parent to describe where and how the baby "
            "will sleep at home and works through any gaps with them."
        ),
        "why_it_works": (
            "Handing over a leaflet does not show what a family understood or intends to do. "
            "Teach-back reveals the family's real plan, including a couch or an adult bed, so "
            "the nurse can talk about it. Inviting the other adults who will care for the baby "
            "spreads the message further."
        ),
        "evidence": "promising",
        "settings": ["hospital"],
        "pdsa": {
            "plan": (
                "Write three teach-back questions (Where will your baby sleep? In what "
                "position? What will be in the sleep space?) and ask two nurses to try them "
                "with five families each."
            ),
            "do": (
                "The nurses use the questions at discharge and note each family's answers, "
                "including any plan to bed-share or to use a couch or car seat for sleep."
            ),
            "study": (
                "Count the families who gave a safe answer without prompting and how long each "
                "conversation took."
            ),
            "act": (
                "Reword questions that confused families, then extend the test to every "
                "day-shift nurse on the unit."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Discharges with safe sleep teach-back",
                "numerator": "Babies discharged home with safe sleep teach-back recorded",
                "denominator": "Babies discharged home after birth",
                "source": "EHR discharge checklist",
            },
            {
                "kind": "outcome",
                "name": "Babies sleeping alone in a crib at two weeks",
                "numerator": (
                    "Families who say the baby sleeps alone in a crib or bassinet most nights"
                ),
                "denominator": "Families reached by the two-week follow-up call",
                "source": "Follow-up call record",
            },
        ],
        "watch_for": [
            (
                "Families who plan to bed-share need a frank, respectful talk about lowering "
                "the risk, not the same lecture repeated."
            ),
            (
                "A parent nodding along is not proof of understanding, so use a trained "
                "interpreter whenever English is not the family's first language."
            ),
        ],
        "equity": {
            "disparity": (
                "Families who speak a language other than English often receive a translated "
                "leaflet but no conversation."
            ),
            "stratify": (
                "Stratify teach-back completion and two-week results by preferred language, "
                "race and ethnicity, and payer."
            ),
        },
    },
    "link-safe-sleep-and-breastfeeding-support": {
        "area": "safe-sleep",
        "title": "Teach safe sleep and breastfeeding as one message",
        "summary": (
            "Lactation staff, nurses and peer counsellors agree one message that breastfeeding "
            "protects against sudden infant death and that night feeds can be done safely."
        ),
        "why_it_works": (
            "Breastfeeding lowers the risk of sudden infant death, and tiredness from night "
            "feeds is a common reason mothers end up sharing a bed. When lactation and safe "
            "sleep advice seem to conflict, parents lose trust in both. A joint plan for night "
            "feeds, such as keeping the bassinet next to the bed, deals with the real reason "
            "many families bed-share."
        ),
        "evidence": "evidence_based",
        "settings": ["hospital", "community"],
        "pdsa": {
            "plan": (
                "Bring lactation consultants and postpartum nurses together for 30 minutes to "
                "agree three sentences on night feeding and safe sleep."
            ),
            "do": (
                "Both groups use the agreed sentences with every breastfeeding family for one week."
            ),
            "study": (
                "Before discharge, ask ten mothers what they were told about night feeds and "
                "whether any advice conflicted."
            ),
            "act": (
                "If mothers still report mixed messages, add the sentences to the discharge "
                "teaching sheet and share them with WIC peer counsellors."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Breastfeeding mothers with a night-feeding plan",
                "numerator": (
                    "Breastfeeding mothers with a documented safe night-feeding plan at discharge"
                ),
                "denominator": "Mothers breastfeeding at discharge",
                "source": "EHR",
            },
            {
                "kind": "outcome",
                "name": "Exclusive breast milk feeding in hospital",
                "numerator": "Term newborns fed only breast milk during the stay",
                "denominator": "Term newborns eligible under the measure",
                "source": "Joint Commission PC-05",
            },
            {
                "kind": "outcome",
                "name": "Breastfeeding at two months",
                "numerator": "Mothers still breastfeeding at the two-month well-baby visit",
                "denominator": "Mothers seen at the two-month visit",
                "source": "Paediatric EHR or WIC records",
            },
        ],
        "watch_for": [
            (
                "Frightening mothers about sleep must not put them off breastfeeding; the "
                "message is how to feed safely at night, not whether to feed."
            ),
            (
                "Advice has to cover what to do if a parent may fall asleep while feeding, "
                "including avoiding sofas and armchairs."
            ),
        ],
    },
    "distribute-portable-cribs-with-education": {
        "area": "safe-sleep",
        "title": "Give portable cribs to families who need them, with a conversation",
        "summary": (
            "Hospitals, WIC clinics or home visitors give a free portable crib to families "
            "with no safe sleep space, along with a short safe sleep talk and a follow-up "
            "check."
        ),
        "why_it_works": (
            "Some parents share a bed because there is nowhere else to put the baby. A crib "
            "removes that barrier, and handing it over is a natural moment for a conversation. "
            "A follow-up call or visit shows whether the crib is actually used."
        ),
        "evidence": "promising",
        "settings": ["community", "hospital"],
        "pdsa": {
            "plan": (
                "Agree with one WIC clinic to ask every pregnant client in the third trimester "
                "where the baby will sleep, and to offer a crib to the first ten families "
                "without one."
            ),
            "do": (
                "Staff hand over each crib with a ten-minute demonstration and book a call for "
                "two weeks after the birth."
            ),
            "study": "On the call, ask whether the crib is in use and, if not, why not.",
            "act": (
                "If cribs go unused, for example because of space or a relative's advice, "
                "change the conversation or the crib model before scaling up."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Families without a crib who received one",
                "numerator": (
                    "Families screened as lacking a safe sleep space who received a crib"
                ),
                "denominator": "Families screened as lacking a safe sleep space",
                "source": "Programme distribution log",
            },
            {
                "kind": "outcome",
                "name": "Cribs in use at two weeks",
                "numerator": "Families who say the baby sleeps in the crib most nights",
                "denominator": "Families who received a crib and were reached at follow-up",
                "source": "Follow-up call record",
            },
        ],
        "watch_for": [
            "A crib handed over without a conversation often ends up holding laundry.",
            ("Stock runs out quickly, so agree eligibility and a funding source before you start."),
            "Follow-up rates fall sharply if nobody confirmed the phone number at hand-over.",
        ],
        "equity": {
            "disparity": (
                "Families with low incomes and those in crowded or unstable housing are the "
                "most likely to lack a separate sleep space for the baby."
            ),
            "stratify": (
                "Track distribution and crib use by race and ethnicity, county, and WIC or "
                "Medicaid enrolment."
            ),
        },
    },
    "hold-safe-sleep-conversations-at-home-visits": {
        "area": "safe-sleep",
        "title": "Hold safe sleep conversations, not lectures, at home visits",
        "summary": (
            "Home visitors and community health workers use open questions to learn a family's "
            "night-time routine and agree practical steps that make the safest choice easier."
        ),
        "why_it_works": (
            "Many parents already know the advice but face competing pressures, such as a "
            "grandmother's experience, a baby who will not settle at 3 a.m. or fear of "
            "choking. Starting from the family's own situation brings those reasons into the "
            "open so the visitor can address them. Seeing the real sleep space also reveals "
            "risks that hospital teaching cannot."
        ),
        "evidence": "emerging",
        "settings": ["community"],
        "pdsa": {
            "plan": (
                "Train two home visitors in a short conversation guide (What does a typical "
                "night look like? Where does the baby end up at 3 a.m.?) and ask each to use "
                "it with three families."
            ),
            "do": (
                "At each visit, the home visitor looks at the sleep space with the parent's "
                "permission and agrees one change with the family."
            ),
            "study": (
                "At the next visit, check whether the agreed change happened and what got in "
                "the way."
            ),
            "act": (
                "Gather the most common barriers into a one-page guide and test it with the "
                "whole home visiting team."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Home visits that include a look at the sleep space",
                "numerator": "Infant home visits in which the visitor saw the sleep space",
                "denominator": "Infant home visits in the first four months",
                "source": "Home visiting data system",
            },
            {
                "kind": "outcome",
                "name": "Babies sleeping safely at four months",
                "numerator": (
                    "Families who report back sleeping, alone, with no soft bedding at the "
                    "four-month visit"
                ),
                "denominator": "Families with a four-month visit",
                "source": "Home visiting data system",
            },
        ],
        "watch_for": [
            (
                "Visitors who feel they must deliver the message slip back into lecturing, so "
                "observe a few visits and give feedback."
            ),
            (
                "Parents may say what they think the visitor wants to hear, so ask about the "
                "hardest night of the week, not a typical one."
            ),
        ],
        "equity": {
            "disparity": (
                "Black and American Indian and Alaska Native families face the highest rates "
                "of sudden unexpected infant death and often describe advice that ignores "
                "their circumstances."
            ),
            "stratify": (
                "Stratify visit content and four-month results by race and ethnicity and by "
                "programme site."
            ),
        },
    },
    "feed-child-death-review-findings-back": {
        "area": "safe-sleep",
        "title": "Turn sleep-related death reviews into local action",
        "summary": (
            "Every quarter, the state shares de-identified findings from fatality reviews of "
            "sleep-related infant deaths with hospitals, home visiting programmes and clinics, "
            "and each partner agrees one change in response."
        ),
        "why_it_works": (
            "Fatality review teams record the circumstances of each death, such as the sleep "
            "surface, bedding and who else was in the bed, but the findings rarely reach the "
            "people who teach families. Regular summaries show which risks are most common "
            "locally, for example sofa sleeping or sleeping next to an adult who has been "
            "drinking. Partners can then aim their teaching and crib programmes at those "
            "risks."
        ),
        "evidence": "emerging",
        "settings": ["state_agency", "community"],
        "pdsa": {
            "plan": (
                "Ask one county review team for a one-page, de-identified summary of the last "
                "two years of sleep-related deaths, and choose one hospital and one home "
                "visiting programme to receive it."
            ),
            "do": (
                "Present the summary at each partner's staff meeting and ask what they will "
                "change in response."
            ),
            "study": (
                "After a month, check whether each partner made a specific change and which "
                "questions the summary could not answer."
            ),
            "act": (
                "If partners found it useful, fix the summary format and move to a quarterly "
                "schedule for all birthing hospitals."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Partners receiving the quarterly summary",
                "numerator": (
                    "Birthing hospitals and home visiting programmes that received the latest "
                    "quarterly summary"
                ),
                "denominator": "Birthing hospitals and home visiting programmes in the state",
                "source": "State fatality review programme log",
            },
            {
                "kind": "outcome",
                "name": "Sudden unexpected infant death rate",
                "numerator": "Sudden unexpected infant deaths (three-year rolling total)",
                "denominator": "Live births in the same three years, expressed per 100,000",
                "source": (
                    "Linked birth and death certificates; National Fatality Review Case "
                    "Reporting System"
                ),
            },
        ],
        "watch_for": [
            (
                "Small counts can identify families, so suppress any figure under five and "
                "never share case details."
            ),
            "A single year's change is not a trend; use three-year rolling rates.",
        ],
        "equity": {
            "disparity": (
                "Sudden unexpected infant death rates among Black and American Indian and "
                "Alaska Native babies are more than twice those among white babies."
            ),
            "stratify": (
                "Report death rates and review findings by race and ethnicity and by region, "
                "using rolling three-year averages."
            ),
        },
    },
    "ask-about-tobacco-at-every-prenatal-visit": {
        "area": "smoking-cessation",
        "title": "Ask about tobacco and nicotine at every prenatal visit",
        "summary": (
            "Clinic staff ask every pregnant patient at every visit about cigarettes, "
            "e-cigarettes and other tobacco, advise those who use any of them to quit, and "
            "record the answer in a structured field."
        ),
        "why_it_works": (
            "Brief counselling from prenatal care providers raises quit rates in pregnancy, "
            "but it only happens when tobacco use has been identified. Asking once at the "
            "first visit misses women who start again or who were not ready to say. A "
            "structured field lets the clinic count who was asked, advised and referred."
        ),
        "evidence": "evidence_based",
        "settings": ["hospital", "community"],
        "pdsa": {
            "plan": (
                "Add three questions on cigarettes, e-cigarettes and smoke at home to the "
                "rooming checklist for one provider's clinic for one week."
            ),
            "do": (
                "The medical assistant asks the questions, and the provider gives a short, "
                "clear quit message to every patient who uses tobacco."
            ),
            "study": (
                "Count patients screened, positive answers and quit messages given, and ask "
                "staff what slowed them down."
            ),
            "act": "Fix the workflow problem staff named, then add a second provider's clinic.",
        },
        "measures": [
            {
                "kind": "process",
                "name": "Prenatal visits with a tobacco screen",
                "numerator": "Prenatal visits with a completed tobacco and nicotine screen",
                "denominator": "Prenatal visits",
                "source": "EHR structured field",
            },
            {
                "kind": "process",
                "name": "Pregnant tobacco users advised to quit",
                "numerator": (
                    "Pregnant patients who use tobacco with quit advice documented at their "
                    "last visit"
                ),
                "denominator": "Pregnant patients who use tobacco",
                "source": "EHR",
            },
            {
                "kind": "outcome",
                "name": "Smoking in the last three months of pregnancy",
                "numerator": "Births where the mother reported smoking in the third trimester",
                "denominator": "Live births",
                "source": "Birth certificate tobacco items",
            },
        ],
        "watch_for": [
            (
                "Women who fear judgement or a child protection report may not answer "
                "honestly, so explain why you ask and how the answer is used."
            ),
            (
                "E-cigarettes and smokeless tobacco are missed if the question only asks "
                "whether she smokes."
            ),
        ],
        "equity": {
            "disparity": (
                "Smoking in pregnancy is most common among American Indian and Alaska Native "
                "women, women in rural counties and women with Medicaid."
            ),
            "stratify": (
                "Stratify screening, advice and quit rates by race and ethnicity, rural or "
                "urban residence, and payer."
            ),
        },
    },
    "check-carbon-monoxide-at-prenatal-visits": {
        "area": "smoking-cessation",
        "title": "Offer a carbon monoxide breath test at prenatal visits",
        "summary": (
            "Staff offer every pregnant patient a quick exhaled carbon monoxide reading and "
            "use the result to open a conversation about smoking and second-hand smoke."
        ),
        "why_it_works": (
            "Self-report misses some pregnant smokers, and a number on a screen is harder to "
            "wave away than a question. A high reading in a non-smoker can point to "
            "second-hand smoke or a faulty heater, which also matters for the baby. Maternity "
            "services in England test carbon monoxide routinely at booking and use a high "
            "reading to trigger referral to stop-smoking support."
        ),
        "evidence": "promising",
        "settings": ["hospital", "community"],
        "pdsa": {
            "plan": (
                "Borrow one carbon monoxide monitor and agree a short script and a cut-off "
                "reading that triggers an offer of referral."
            ),
            "do": (
                "Offer the test to every patient at the next two new-pregnancy clinic sessions."
            ),
            "study": (
                "Record how many accepted, how many readings were high and how many of those "
                "patients had said they did not smoke."
            ),
            "act": (
                "If few accepted, change who offers the test or how it is explained before "
                "buying more monitors."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "New prenatal patients offered the test",
                "numerator": "New prenatal patients offered a carbon monoxide test",
                "denominator": "New prenatal patients",
                "source": "Clinic log",
            },
            {
                "kind": "outcome",
                "name": "Verified quitting by 36 weeks",
                "numerator": (
                    "Patients with a high reading at booking who report not smoking and have a "
                    "normal reading at 32 to 36 weeks"
                ),
                "denominator": "Patients with a high reading at booking who reached 32 weeks",
                "source": "Clinic log and EHR",
            },
        ],
        "watch_for": [
            (
                "Never use the result to punish or report a patient, and say so plainly before "
                "offering the test."
            ),
            "Monitors need regular calibration and single-use mouthpieces, so budget for both.",
        ],
    },
    "send-electronic-quitline-referrals": {
        "area": "smoking-cessation",
        "title": "Refer pregnant smokers electronically so the quitline calls them",
        "summary": (
            "With the patient's consent, clinics send a referral from the health record to the "
            "state quitline, which calls her within two days instead of waiting for her to "
            "call."
        ),
        "why_it_works": (
            "Telling a patient to ring 1-800-QUIT-NOW leaves all the effort to her, and few "
            "make the call. A direct referral means the quitline makes first contact, and many "
            "state quitlines run a pregnancy protocol with extra calls and a dedicated coach. "
            "Status reports from the quitline close the loop so the clinician knows what "
            "happened."
        ),
        "evidence": "evidence_based",
        "settings": ["hospital", "community", "state_agency"],
        "pdsa": {
            "plan": (
                "Work with the quitline to build a referral order in one clinic's health "
                "record, and predict how many referred patients will enrol."
            ),
            "do": (
                "For two weeks, clinicians refer every pregnant patient who smokes and agrees, "
                "and the quitline sends a weekly status report."
            ),
            "study": (
                "Compare referrals sent, patients reached and patients enrolled, and find out "
                "why the others were not reached."
            ),
            "act": (
                "If wrong phone numbers are the main problem, add a number check and a best "
                "time to call to the referral order."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Pregnant smokers referred to the quitline",
                "numerator": "Pregnant patients who smoke with a quitline referral sent",
                "denominator": "Pregnant patients who smoke",
                "source": "EHR and quitline referral log",
            },
            {
                "kind": "process",
                "name": "Referred patients who enrol",
                "numerator": "Referred pregnant patients who complete a first coaching call",
                "denominator": "Pregnant patients referred",
                "source": "Quitline status report",
            },
            {
                "kind": "outcome",
                "name": "Not smoking seven months after enrolment",
                "numerator": (
                    "Enrolled pregnant callers reporting no tobacco use in the past 30 days at "
                    "seven months"
                ),
                "denominator": "Enrolled pregnant callers reached at seven months",
                "source": "Quitline follow-up survey",
            },
        ],
        "watch_for": [
            (
                "Referrals sent without consent or a confirmed phone number waste the "
                "quitline's calls."
            ),
            (
                "Clinicians lose interest quickly if the quitline cannot report back, so agree "
                "the feedback before launch."
            ),
        ],
    },
    "offer-incentives-for-verified-quitting": {
        "area": "smoking-cessation",
        "title": "Reward verified quitting with vouchers",
        "summary": (
            "Programmes give pregnant women shopping vouchers of rising value for each week "
            "without smoking that a carbon monoxide test confirms, continuing into the months "
            "after birth."
        ),
        "why_it_works": (
            "Trials in the United States and the United Kingdom found that incentives tied to "
            "verified abstinence markedly increase quit rates in pregnancy, and some of the "
            "effect lasts after birth. Incentives work best alongside counselling rather than "
            "instead of it. The cost per woman who quits compares well with the cost of caring "
            "for a preterm or low birth weight baby."
        ),
        "evidence": "evidence_based",
        "settings": ["community", "payer", "state_agency"],
        "pdsa": {
            "plan": (
                "Agree a small voucher budget with one WIC clinic and set the schedule: one "
                "voucher for each weekly carbon monoxide test that confirms no smoking."
            ),
            "do": (
                "Enrol the first five interested pregnant smokers and run the weekly checks "
                "for four weeks."
            ),
            "study": (
                "Track attendance at checks, negative readings and what participants say about "
                "the process."
            ),
            "act": (
                "Change the visit times or voucher type based on what got in the way, and cost "
                "out a larger test."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Weekly checks attended",
                "numerator": "Scheduled weekly checks that enrolled women attended",
                "denominator": "Scheduled weekly checks",
                "source": "Programme log",
            },
            {
                "kind": "outcome",
                "name": "Verified abstinence late in pregnancy",
                "numerator": (
                    "Enrolled women with a negative carbon monoxide test and no reported "
                    "smoking at 34 to 38 weeks"
                ),
                "denominator": "Enrolled women who reached 34 weeks",
                "source": "Programme log",
            },
        ],
        "watch_for": [
            (
                "Set clear rules for verification and for what happens after a slip; most "
                "programmes reset the voucher value rather than ending support."
            ),
            (
                "Some funders and payers restrict cash-like rewards, so check the rules before "
                "promising vouchers."
            ),
        ],
        "equity": {
            "disparity": (
                "Women with low incomes smoke more in pregnancy and have less money for other "
                "quit aids."
            ),
            "stratify": (
                "Stratify enrolment and verified abstinence by race and ethnicity, age group "
                "and Medicaid enrolment."
            ),
        },
    },
    "remove-barriers-to-medicaid-cessation-coverage": {
        "area": "smoking-cessation",
        "title": "Remove prior authorisation and co-pays for cessation treatment in Medicaid",
        "summary": (
            "The state Medicaid agency and its managed care plans cover tobacco counselling "
            "and approved quit medications for pregnant and postpartum members without prior "
            "authorisation, co-payments or annual limits."
        ),
        "why_it_works": (
            "Federal law already requires Medicaid to cover tobacco cessation for pregnant "
            "women without cost-sharing, yet prior authorisation, step therapy and caps on "
            "sessions still get in the way. Each extra step loses patients at a time when the "
            "resolve to quit can fade quickly. Simple, barrier-free coverage also lets clinics "
            "bill for the counselling they already give."
        ),
        "evidence": "promising",
        "settings": ["payer", "state_agency"],
        "pdsa": {
            "plan": (
                "Map every step a pregnant Medicaid member and her clinician must take to get "
                "counselling and nicotine replacement in one managed care plan."
            ),
            "do": (
                "Ask the plan to waive prior authorisation for pregnant members for three "
                "months, and tell its network clinics about the change."
            ),
            "study": (
                "Compare claims for cessation counselling and medication among pregnant "
                "members before and during the test."
            ),
            "act": (
                "If claims rise, take the data to the Medicaid agency to make the change "
                "permanent across all plans."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Pregnant members who smoke with a cessation claim",
                "numerator": (
                    "Pregnant members who smoke with at least one cessation counselling or "
                    "medication claim"
                ),
                "denominator": "Pregnant members identified as smoking",
                "source": "Medicaid claims linked to birth certificates",
            },
            {
                "kind": "outcome",
                "name": "Third-trimester smoking among Medicaid births",
                "numerator": (
                    "Medicaid-paid births where the mother reported smoking in the third trimester"
                ),
                "denominator": "Medicaid-paid births",
                "source": "Birth certificates linked to Medicaid eligibility",
            },
        ],
        "watch_for": [
            "A policy change that nobody tells clinicians about will not change practice.",
            (
                "Coverage of nicotine replacement is not a recommendation for every patient; "
                "its use in pregnancy should follow clinician advice."
            ),
        ],
        "equity": {
            "disparity": (
                "Women covered by Medicaid are more likely to smoke in pregnancy and meet the "
                "most coverage barriers."
            ),
            "stratify": (
                "Compare Medicaid and privately insured births, and stratify Medicaid results "
                "by race and ethnicity and by managed care plan."
            ),
        },
    },
    "screen-parents-for-smoking-at-well-baby-visits": {
        "area": "smoking-cessation",
        "title": "Ask parents about smoking at well-baby visits",
        "summary": (
            "Paediatric practices ask about tobacco use by every adult in the home at each "
            "well-baby visit in the first year and refer parents who smoke to treatment."
        ),
        "why_it_works": (
            "Many women who stop during pregnancy start again within months of the birth, and "
            "in that period the paediatric office sees them far more often than any adult "
            "clinician does. Parents are often moved by the baby's health, including the link "
            "between smoke exposure and sudden infant death. Paediatric clinicians can advise, "
            "refer to the quitline and, where rules allow, prescribe nicotine replacement for "
            "the parent."
        ),
        "evidence": "promising",
        "settings": ["community", "hospital"],
        "pdsa": {
            "plan": (
                "Add a question about tobacco use by adults in the home to the forms for the "
                "two-week and two-month visits in one paediatric practice."
            ),
            "do": (
                "For two weeks, clinicians advise parents who smoke and offer a quitline "
                "referral through the same route the prenatal clinics use."
            ),
            "study": (
                "Count screens, positive answers and accepted referrals, and ask clinicians "
                "what made the conversation hard."
            ),
            "act": (
                "If clinicians are unsure about treating parents, arrange a short session with "
                "the practice pharmacist before extending to all visits."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Well-baby visits with a household tobacco screen",
                "numerator": (
                    "Well-baby visits in the first six months with a documented household "
                    "tobacco screen"
                ),
                "denominator": "Well-baby visits in the first six months",
                "source": "Paediatric EHR",
            },
            {
                "kind": "outcome",
                "name": "Return to smoking after birth",
                "numerator": (
                    "Mothers who quit during pregnancy and report smoking at the six-month visit"
                ),
                "denominator": (
                    "Mothers who quit during pregnancy and attended the six-month visit"
                ),
                "source": "Paediatric EHR",
            },
        ],
        "watch_for": [
            (
                "Parents may not expect questions about their own health at the baby's visit, "
                "so explain the link to the baby first."
            ),
            (
                "Billing rules for counselling a parent during a child's visit vary by payer, "
                "so check them before you start."
            ),
        ],
    },
    "offer-immediate-postpartum-larc": {
        "area": "preconception-interconception",
        "title": "Offer IUDs and implants before the mother leaves hospital",
        "summary": (
            "Birthing hospitals stock IUDs and contraceptive implants on the maternity unit "
            "and place them before discharge for women who chose one during prenatal "
            "counselling."
        ),
        "why_it_works": (
            "Many women miss their postpartum visit, and some become pregnant again before "
            "they get there. Placing a long-acting method during the delivery stay removes the "
            "need for another appointment for women who want one. IUDs and implants are the "
            "most effective reversible methods, and placing them right after birth is safe."
        ),
        "evidence": "evidence_based",
        "settings": ["hospital"],
        "pdsa": {
            "plan": (
                "With pharmacy and the obstetric team, agree how to stock implants on one "
                "postpartum unit and who will place them, and choose a two-week test period."
            ),
            "do": (
                "Offer placement to every woman who chose an implant during prenatal care and "
                "record the time from request to placement."
            ),
            "study": (
                "Review how many women who wanted an implant left with one, and what stopped "
                "the others: stock, staffing or billing."
            ),
            "act": (
                "Fix the biggest barrier, then add IUD placement after delivery of the "
                "placenta once clinicians have been trained."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Chosen method received before discharge",
                "numerator": (
                    "Women who requested an IUD or implant and received it before discharge"
                ),
                "denominator": (
                    "Women who requested an IUD or implant during prenatal care or the "
                    "delivery stay"
                ),
                "source": "EHR and pharmacy records",
            },
            {
                "kind": "outcome",
                "name": "Short interval between births",
                "numerator": (
                    "Births conceived less than 18 months after the mother's previous live birth"
                ),
                "denominator": "Births to women with a previous live birth",
                "source": "Birth certificate",
            },
        ],
        "watch_for": [
            (
                "IUDs placed straight after birth are expelled more often than those placed "
                "later, so tell women and book a check."
            ),
            (
                "Women must be able to have a device removed whenever they want, at no cost "
                "and without argument."
            ),
            "Offer, never push, and track patient experience alongside uptake.",
        ],
        "equity": {
            "disparity": (
                "Young women, Black and Hispanic women and women with Medicaid meet the most "
                "barriers to postpartum contraception and have the highest rates of short "
                "birth intervals."
            ),
            "stratify": (
                "Stratify uptake and birth intervals by age group, race and ethnicity, and "
                "payer, and look at patient experience for the same groups."
            ),
        },
    },
    "unbundle-payment-for-immediate-postpartum-larc": {
        "area": "preconception-interconception",
        "title": "Pay separately for IUDs and implants placed after birth",
        "summary": (
            "The state Medicaid agency pays hospitals for the device and its placement on top "
            "of the global delivery payment, so offering them before discharge does not lose "
            "the hospital money."
        ),
        "why_it_works": (
            "When the device is folded into a single payment for the birth, every placement is "
            "a loss for the hospital, and most will not stock devices. Separate payment, now "
            "used by many state Medicaid programmes, removes the main financial barrier. Clear "
            "billing guidance helps hospital finance teams act on it."
        ),
        "evidence": "promising",
        "settings": ["payer", "state_agency"],
        "pdsa": {
            "plan": (
                "Draft billing guidance with the Medicaid agency and walk through it with the "
                "finance and pharmacy staff of one hospital."
            ),
            "do": "The hospital submits its first five claims under the new rules.",
            "study": (
                "Check whether the claims paid in full and on time, and where hospital staff "
                "got stuck."
            ),
            "act": (
                "Correct the guidance, send it to all birthing hospitals and name a contact at "
                "the agency for billing questions."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Hospitals billing for placement after birth",
                "numerator": (
                    "Birthing hospitals with at least one paid claim for an IUD or implant "
                    "during a delivery stay in the quarter"
                ),
                "denominator": "Birthing hospitals in the state",
                "source": "Medicaid claims",
            },
            {
                "kind": "outcome",
                "name": "Medicaid births with an IUD or implant before discharge",
                "numerator": (
                    "Medicaid-paid deliveries with an IUD or implant claim during the delivery stay"
                ),
                "denominator": "Medicaid-paid deliveries",
                "source": "Medicaid claims",
            },
        ],
        "watch_for": [
            (
                "Payment alone does not change practice; hospitals also need training, stock "
                "and a pharmacy process."
            ),
            "Managed care plans may apply the policy unevenly, so check claims plan by plan.",
        ],
    },
    "use-patient-centred-contraceptive-counselling": {
        "area": "preconception-interconception",
        "title": "Counsel on contraception around each woman's own priorities",
        "summary": (
            "Clinicians open contraceptive conversations by asking what matters to the woman, "
            "describe the full range of methods and respect her decision, including the "
            "decision to use none."
        ),
        "why_it_works": (
            "Counselling that ranks methods by effectiveness can feel like pressure, "
            "particularly to women of colour and women with low incomes, who have a long "
            "history of coercion in reproductive health care. Women who feel heard are more "
            "satisfied and more likely to keep using a method that suits them. A short "
            "validated survey lets teams check whether counselling felt person-centred."
        ),
        "evidence": "promising",
        "settings": ["hospital", "community"],
        "pdsa": {
            "plan": (
                "Ask two clinicians to begin every contraceptive conversation for one week "
                "with 'What matters most to you in a method?'"
            ),
            "do": (
                "Give each patient the four-item Person-Centered Contraceptive Counseling "
                "(PCCC) survey after the visit."
            ),
            "study": "Compare the share of top scores with last month's and read any comments.",
            "act": (
                "Share the phrases patients rated highly with the rest of the team, and repeat "
                "the survey a month later."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Counselling visits surveyed",
                "numerator": (
                    "Contraceptive counselling visits where the patient was offered the PCCC survey"
                ),
                "denominator": "Contraceptive counselling visits",
                "source": "Clinic log",
            },
            {
                "kind": "outcome",
                "name": "Patients rating counselling highly",
                "numerator": "Respondents giving the top score on all four PCCC items",
                "denominator": "Respondents to the PCCC survey",
                "source": "PCCC survey",
            },
        ],
        "watch_for": [
            (
                "Do not set targets for uptake of any single method, because they push "
                "clinicians toward pressure."
            ),
            (
                "Results are biased if staff hand the survey only to patients they think were "
                "satisfied."
            ),
        ],
        "equity": {
            "disparity": (
                "Black, Latina and low-income women report more pressure and less respect in "
                "contraceptive counselling than other women."
            ),
            "stratify": (
                "Stratify survey results by race and ethnicity, age group, preferred language "
                "and payer."
            ),
        },
    },
    "book-postpartum-visit-before-discharge": {
        "area": "preconception-interconception",
        "title": "Book the postpartum visit before the mother goes home",
        "summary": (
            "Before discharge, staff book a postpartum contact within three weeks and a full "
            "visit within 12 weeks of birth, and send reminders that include transport "
            "options."
        ),
        "why_it_works": (
            "Women who leave hospital without an appointment are less likely to come back, yet "
            "the first weeks are when high blood pressure, depression and an unplanned "
            "pregnancy can arise. Booking in hospital takes one job off a tired new parent. "
            "Reminder texts and help with transport deal with the most common reasons for "
            "missed visits."
        ),
        "evidence": "promising",
        "settings": ["hospital", "community"],
        "pdsa": {
            "plan": (
                "On one postpartum unit, ask the unit clerk to book the postpartum appointment "
                "for the next 15 mothers discharged."
            ),
            "do": (
                "Give each mother a card with the date and send a text reminder two days "
                "before the visit."
            ),
            "study": "Check how many of the 15 attended and call those who missed to ask why.",
            "act": (
                "Tackle the most common reason for missed visits, for example by offering a "
                "telehealth contact, and extend to a second unit."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Mothers discharged with a booked appointment",
                "numerator": "Mothers discharged with a postpartum appointment date recorded",
                "denominator": "Mothers discharged after a live birth",
                "source": "EHR",
            },
            {
                "kind": "outcome",
                "name": "Postpartum visit attendance",
                "numerator": "Mothers with a postpartum visit 7 to 84 days after delivery",
                "denominator": "Mothers with a live birth",
                "source": "Medicaid claims (HEDIS Prenatal and Postpartum Care) or EHR",
            },
        ],
        "watch_for": [
            (
                "Booking a clinic that is far away or outside the mother's health plan leads "
                "to missed visits."
            ),
            (
                "Count telehealth visits the same way every month so they do not drop out of "
                "the measure."
            ),
        ],
    },
    "follow-up-gestational-diabetes-and-hypertension": {
        "area": "preconception-interconception",
        "title": "Follow up diabetes and high blood pressure from pregnancy after birth",
        "summary": (
            "Hospitals and clinics make sure every woman who had gestational diabetes gets a "
            "glucose test 4 to 12 weeks after birth and every woman with a hypertensive "
            "disorder has her blood pressure checked within 10 days of discharge, or within 72 "
            "hours if it was severe."
        ),
        "why_it_works": (
            "Gestational diabetes and high blood pressure in pregnancy signal a higher "
            "lifetime risk of type 2 diabetes and heart disease and a higher risk in the next "
            "pregnancy. Postpartum glucose testing and early blood pressure checks are "
            "recommended but often missed. Finding and treating these conditions between "
            "pregnancies protects the woman and any future baby."
        ),
        "evidence": "evidence_based",
        "settings": ["hospital", "community"],
        "pdsa": {
            "plan": (
                "Pull the records of the last 20 women with gestational diabetes who gave "
                "birth at your hospital and check who had a postpartum glucose test."
            ),
            "do": (
                "For the next ten women with gestational diabetes, order and book the test "
                "before discharge and have a nurse call each woman with her result."
            ),
            "study": (
                "Compare test completion with the earlier 20 and note who missed the test and why."
            ),
            "act": "If completion improved, build the test into the discharge order set.",
        },
        "measures": [
            {
                "kind": "process",
                "name": "Glucose testing after gestational diabetes",
                "numerator": (
                    "Women with gestational diabetes who had a glucose test 4 to 12 weeks "
                    "after birth"
                ),
                "denominator": "Women with gestational diabetes who gave birth",
                "source": "EHR and laboratory data",
            },
            {
                "kind": "process",
                "name": "Early blood pressure check",
                "numerator": (
                    "Women with a hypertensive disorder of pregnancy with a blood pressure "
                    "reading within 10 days of discharge"
                ),
                "denominator": (
                    "Women discharged after birth with a hypertensive disorder of pregnancy"
                ),
                "source": "EHR or remote monitoring records",
            },
            {
                "kind": "outcome",
                "name": "Readmission for high blood pressure after birth",
                "numerator": (
                    "Readmissions within six weeks of birth with a hypertension diagnosis"
                ),
                "denominator": "Women with a live birth, expressed per 1,000",
                "source": "Hospital discharge data",
            },
        ],
        "watch_for": [
            (
                "A test that is ordered but not booked is rarely done, so book it before the "
                "woman leaves."
            ),
            "Results must reach a primary care clinician who will act on them.",
        ],
        "equity": {
            "disparity": (
                "Black women have higher rates of hypertensive disorders of pregnancy and of "
                "serious complications from them after birth."
            ),
            "stratify": (
                "Stratify follow-up rates and readmissions by race and ethnicity and by payer."
            ),
        },
    },
    "ask-about-pregnancy-intentions-in-primary-care": {
        "area": "preconception-interconception",
        "title": "Ask women about pregnancy intentions in routine primary care",
        "summary": (
            "Primary care and family planning clinics ask women of reproductive age one "
            "question about whether they want to become pregnant in the next year, and act on "
            "the answer."
        ),
        "why_it_works": (
            "Close to half of US pregnancies are unintended, and most women of reproductive "
            "age see a primary care clinician rather than an obstetrician. One routine "
            "question leads either to preconception care, such as folic acid and control of "
            "chronic conditions, or to contraceptive counselling. It takes under a minute and "
            "fits into existing visits."
        ),
        "evidence": "emerging",
        "settings": ["community"],
        "pdsa": {
            "plan": (
                "Add a pregnancy intention question to the intake form for women aged 18 to 44 "
                "at one clinic for two weeks."
            ),
            "do": (
                "Clinicians follow a 'yes' with a preconception checklist and a 'no' or 'not "
                "sure' with an offer of contraceptive counselling."
            ),
            "study": (
                "Count how often the question was asked, the mix of answers and the follow-up "
                "given."
            ),
            "act": (
                "If follow-up was often skipped, shorten the checklist or hand the counselling "
                "to a nurse."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Women asked about pregnancy intentions",
                "numerator": (
                    "Visits by women aged 18 to 44 with the intention question documented"
                ),
                "denominator": "Visits by women aged 18 to 44",
                "source": "EHR",
            },
            {
                "kind": "outcome",
                "name": "Folic acid use among women planning pregnancy",
                "numerator": (
                    "Women who answered 'yes' and report taking folic acid at their next visit"
                ),
                "denominator": "Women who answered 'yes' and had a next visit",
                "source": "EHR",
            },
            {
                "kind": "outcome",
                "name": "Unintended pregnancy",
                "numerator": "Mothers who say the pregnancy was mistimed or unwanted",
                "denominator": "Mothers answering the intention question",
                "source": "PRAMS",
            },
        ],
        "watch_for": [
            (
                "Many women have no clear answer, and 'not sure' calls for a conversation "
                "rather than a default."
            ),
            (
                "Ask in private; a woman whose partner controls her reproductive choices "
                "cannot answer honestly with him in the room."
            ),
        ],
    },
    "check-on-mothers-at-well-baby-visits": {
        "area": "preconception-interconception",
        "title": "Check on the mother's health at well-baby visits",
        "summary": (
            "At the baby's visits in the first six months, paediatric practices screen mothers "
            "for depression, ask about contraception and health coverage, and refer as needed."
        ),
        "why_it_works": (
            "Mothers bring their babies to paediatric visits far more often than they see "
            "their own clinicians after birth. National paediatric guidance already advises "
            "screening mothers for postpartum depression at these visits. A brief question on "
            "contraception and coverage links mothers to care while many are skipping their "
            "own appointments."
        ),
        "evidence": "promising",
        "settings": ["community"],
        "pdsa": {
            "plan": (
                "In one paediatric practice, add the Edinburgh Postnatal Depression Scale and "
                "two questions on contraception and coverage to the one-month visit for one "
                "week."
            ),
            "do": (
                "Clinicians go through the answers with the mother and use a one-page referral "
                "list for any positive screen or unmet need."
            ),
            "study": (
                "Count screens, positive results and completed referrals, and ask staff how "
                "much time the questions added."
            ),
            "act": (
                "Decide with staff whether to extend the questions to the two-, four- and "
                "six-month visits."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Mothers screened for depression at the baby's visits",
                "numerator": (
                    "One-month and two-month well-baby visits with a documented maternal "
                    "depression screen"
                ),
                "denominator": "One-month and two-month well-baby visits",
                "source": "Paediatric EHR",
            },
            {
                "kind": "outcome",
                "name": "Mothers with a positive screen connected to care",
                "numerator": (
                    "Mothers with a positive screen who saw a mental health or primary care "
                    "clinician within 30 days"
                ),
                "denominator": "Mothers with a positive screen",
                "source": "Practice referral log",
            },
        ],
        "watch_for": [
            (
                "The mother is not the practice's patient, so agree how results are recorded "
                "and who owns the follow-up."
            ),
            (
                "A positive screen with no referral route worries staff and leaves mothers "
                "without help."
            ),
        ],
    },
    "build-county-equity-data-profiles": {
        "area": "social-determinants",
        "title": "Build an equity profile for each county",
        "summary": (
            "Epidemiologists and community partners put together a short profile for each "
            "county that shows birth outcomes by race and ethnicity alongside income, housing, "
            "transport and access to care."
        ),
        "why_it_works": (
            "Statewide averages hide the places and groups with the worst outcomes. Setting "
            "outcome gaps next to local conditions helps county teams choose root causes to "
            "work on, rather than whichever programme happens to be funded. Building the "
            "profile with residents makes sure the numbers match what people living there see."
        ),
        "evidence": "emerging",
        "settings": ["state_agency", "community"],
        "pdsa": {
            "plan": (
                "Draft a two-page profile for one county from vital records, census data and "
                "county health rankings, and write down what you expect partners to find most "
                "surprising."
            ),
            "do": (
                "Review the draft with the county hub and three residents and ask what is "
                "missing or wrong."
            ),
            "study": (
                "Note which data partners found useful, which they questioned, and which gaps "
                "residents filled from their own experience."
            ),
            "act": "Revise the template and produce profiles for the next two counties.",
        },
        "measures": [
            {
                "kind": "process",
                "name": "Counties with a current profile",
                "numerator": (
                    "Participating counties with a profile updated in the last 12 months"
                ),
                "denominator": "Participating counties",
                "source": "Team tracking log",
            },
            {
                "kind": "outcome",
                "name": "Infant mortality among Black infants",
                "numerator": (
                    "Deaths before age one among infants born to Black mothers (three-year total)"
                ),
                "denominator": (
                    "Live births to Black mothers in the same three years, expressed per 1,000"
                ),
                "source": "Linked birth and death certificates",
            },
        ],
        "watch_for": [
            (
                "Single-year rates in rural counties swing widely because the numbers are "
                "small, so pool several years."
            ),
            (
                "A profile that shows only problems can stigmatise a community; include its "
                "strengths and residents' own words."
            ),
        ],
        "equity": {
            "disparity": (
                "The infant mortality rate for Black babies is more than double the rate for "
                "white babies."
            ),
            "stratify": (
                "Show every indicator by race and ethnicity and by county or census tract, "
                "with rural and urban comparisons."
            ),
        },
    },
    "collect-birthing-parent-experience-surveys": {
        "area": "social-determinants",
        "title": "Ask birthing parents about their experience of care, and act on it",
        "summary": (
            "Hospitals survey birthing parents after discharge about respect, support and "
            "discrimination, report results by race and ethnicity, and review them with "
            "community partners."
        ),
        "why_it_works": (
            "Clinical measures say little about whether families felt respected and listened "
            "to, yet those experiences shape whether they come back for care and trust the "
            "advice they get. Results broken down by race reveal gaps staff may not notice. "
            "Reviewing them with community partners builds accountability and trust."
        ),
        "evidence": "emerging",
        "settings": ["hospital", "community"],
        "pdsa": {
            "plan": (
                "Choose a short validated survey, such as the Mothers on Respect index, and "
                "text it to the next 30 families discharged from the postpartum unit."
            ),
            "do": (
                "Send one reminder and, with consent, invite three respondents to a 20-minute "
                "follow-up call."
            ),
            "study": (
                "Check response rates by race and ethnicity and look for patterns in the answers."
            ),
            "act": (
                "If few families in some groups respond, test having a community partner "
                "collect responses instead of the hospital."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Survey response rate",
                "numerator": "Families who completed the survey",
                "denominator": "Families sent the survey",
                "source": "Survey platform",
            },
            {
                "kind": "outcome",
                "name": "Parents reporting high respect",
                "numerator": "Respondents scoring in the highest band of the respect scale",
                "denominator": "Survey respondents",
                "source": "Parent experience survey",
            },
        ],
        "watch_for": [
            (
                "Families may fear that honest answers will affect their care, so let a "
                "community partner hold the raw responses."
            ),
            (
                "A survey offered only in English will miss the families most likely to have "
                "had a poor experience."
            ),
        ],
        "equity": {
            "disparity": (
                "Black and Indigenous birthing people report being ignored or mistreated "
                "during birth more often than white birthing people."
            ),
            "stratify": "Stratify results by race and ethnicity, preferred language and payer.",
        },
    },
    "screen-for-social-needs-with-closed-loop-referral": {
        "area": "social-determinants",
        "title": "Screen for social needs at prenatal visits and follow every referral through",
        "summary": (
            "Prenatal clinics screen every patient for needs around food, housing, transport, "
            "utilities and safety, refer those with needs to community services, and check "
            "that help arrived."
        ),
        "why_it_works": (
            "Unmet social needs such as unstable housing and food insecurity are linked to "
            "preterm birth and missed care, yet clinicians rarely ask about them consistently. "
            "Screening alone achieves little if referrals go nowhere. Following each referral "
            "until the family gets help shows where community services fall short."
        ),
        "evidence": "promising",
        "settings": ["hospital", "community", "payer"],
        "pdsa": {
            "plan": (
                "Use a validated short screen, such as the CMS Accountable Health Communities "
                "tool, with every new prenatal patient at one clinic for two weeks."
            ),
            "do": (
                "Refer each identified need to a named community partner and call the family "
                "ten days later."
            ),
            "study": "Record needs found, referrals made and needs met at ten days.",
            "act": (
                "For the need least often met, meet the partner agency to fix the hand-off "
                "before extending screening."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "New prenatal patients screened",
                "numerator": "New prenatal patients with a completed social needs screen",
                "denominator": "New prenatal patients",
                "source": "EHR",
            },
            {
                "kind": "process",
                "name": "Referrals followed through",
                "numerator": (
                    "Referrals where the family confirms help was received within 30 days"
                ),
                "denominator": "Referrals made",
                "source": "Referral platform or call log",
            },
            {
                "kind": "outcome",
                "name": "Needs resolved by late pregnancy",
                "numerator": (
                    "Patients with an identified need who report it resolved when rescreened "
                    "at 36 weeks"
                ),
                "denominator": ("Patients with an identified need who were rescreened at 36 weeks"),
                "source": "EHR",
            },
        ],
        "watch_for": [
            "Do not screen for needs you have no way to help with; map local resources first.",
            (
                "Families may fear that disclosing housing or food problems will lead to a "
                "child protection report, so explain how the answers are used."
            ),
        ],
    },
    "pair-families-with-community-doulas": {
        "area": "social-determinants",
        "title": "Pair families with community doulas",
        "summary": (
            "Doulas from the families' own neighbourhoods support women through pregnancy, "
            "birth and the first months after, and Medicaid pays for their services."
        ),
        "why_it_works": (
            "Systematic reviews show that continuous support during labour lowers caesarean "
            "rates and improves women's experience of birth. Community doulas also give "
            "support before and after birth, help families find services and speak up when "
            "their concerns are brushed aside. Sharing a background with the families builds "
            "trust that clinical staff often cannot."
        ),
        "evidence": "promising",
        "settings": ["community", "payer", "hospital"],
        "pdsa": {
            "plan": (
                "Agree with one community doula organisation and one hospital how doulas will "
                "be introduced at prenatal visits and welcomed on the birthing unit."
            ),
            "do": (
                "Match the next ten interested Medicaid patients with a doula and hold a short "
                "weekly check-in with the unit's charge nurses."
            ),
            "study": (
                "Track prenatal visits attended, doula presence at birth and any friction on "
                "the unit."
            ),
            "act": (
                "Use what you learn to draft a hospital doula policy and a payment proposal "
                "for the Medicaid agency."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Births with the doula present",
                "numerator": "Births to enrolled families with the doula present during labour",
                "denominator": "Births to enrolled families",
                "source": "Doula programme records",
            },
            {
                "kind": "outcome",
                "name": "Caesarean births among low-risk first-time mothers",
                "numerator": (
                    "First births at term, single baby, head down, by caesarean among enrolled "
                    "families"
                ),
                "denominator": (
                    "First births at term, single baby, head down, among enrolled families"
                ),
                "source": "Birth certificate or EHR",
            },
        ],
        "watch_for": [
            (
                "Doulas who are poorly paid leave; set rates that reflect the hours worked, "
                "including time on call."
            ),
            (
                "Hospital staff who do not understand the doula's role may shut them out, so "
                "introduce doulas to the unit before their first birth there."
            ),
        ],
        "equity": {
            "disparity": (
                "Black women have the highest rates of severe maternal morbidity and of "
                "caesarean birth among low-risk first-time mothers."
            ),
            "stratify": "Stratify by race and ethnicity, payer and birth hospital.",
        },
    },
    "co-lead-with-community-organisers": {
        "area": "social-determinants",
        "title": "Give community organisers an equal share in leading hospital improvement",
        "summary": (
            "A paid community organiser from the families the hospital serves co-leads its "
            "improvement team, and members take turns chairing meetings and setting the "
            "agenda."
        ),
        "why_it_works": (
            "Hospital teams often invite community members to comment on plans that are "
            "already made. Co-leadership with a paid organiser and a rotating chair change who "
            "decides which problems matter and what to test. Organisers know why families "
            "avoid or distrust services, which no chart review will show."
        ),
        "evidence": "emerging",
        "settings": ["hospital", "community"],
        "pdsa": {
            "plan": (
                "Agree with the organiser and the hospital lead to rotate the chair for the "
                "next three task force meetings, building each agenda together a week ahead."
            ),
            "do": (
                "Hold the meetings at a time and place chosen by community members, with "
                "childcare and food provided."
            ),
            "study": (
                "After each meeting, ask members whether they could say what they wanted and "
                "whose priorities the agenda reflected."
            ),
            "act": (
                "Keep the changes members valued and write them into the task force's terms of "
                "reference."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Meetings chaired by a community member",
                "numerator": "Task force meetings chaired or co-chaired by a community member",
                "denominator": "Task force meetings",
                "source": "Meeting records",
            },
            {
                "kind": "outcome",
                "name": "Community members who see their input acted on",
                "numerator": (
                    "Community members who agree or strongly agree that the task force acts on "
                    "their input"
                ),
                "denominator": "Community members answering the twice-yearly member survey",
                "source": "Task force member survey",
            },
        ],
        "watch_for": [
            (
                "Unpaid community members burn out; pay for their time and expertise as you "
                "would for staff."
            ),
            (
                "Rotating the chair changes little if community members have no say over "
                "budget or access to data."
            ),
        ],
        "equity": {
            "disparity": (
                "The communities with the worst birth outcomes are the least represented in "
                "hospital decision-making."
            ),
            "stratify": (
                "Track who attends, speaks and chairs, by role (staff or community) and by "
                "race and ethnicity."
            ),
        },
    },
    "train-leaders-together-on-institutional-racism": {
        "area": "social-determinants",
        "title": ("Train hospital leaders and community partners together on institutional racism"),
        "summary": (
            "Hospital leaders, clinicians and community partners attend facilitated training "
            "side by side on how policies and routines produce racial inequity, and then each "
            "team reviews one policy of its own."
        ),
        "why_it_works": (
            "Training on individual bias rarely changes outcomes on its own, because inequity "
            "is built into policies, staffing, scheduling and data practices. Training "
            "hospital and community partners together gives them a shared language for "
            "examining real hospital policies. Ending with a policy review keeps the training "
            "from staying abstract."
        ),
        "evidence": "emerging",
        "settings": ["hospital", "community", "state_agency"],
        "pdsa": {
            "plan": (
                "After the training, ask the task force to pick one hospital policy, such as "
                "visitor rules or how patients raise a concern about their care, and list who "
                "it affects."
            ),
            "do": (
                "Interview five families and five staff members about how the policy works in "
                "practice."
            ),
            "study": (
                "Compare the written policy with what people describe, and look for "
                "differences by race."
            ),
            "act": (
                "Propose one change to the policy owner and agree a date to review its effect."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Task force members trained together",
                "numerator": (
                    "Task force members, hospital and community, who completed the joint training"
                ),
                "denominator": "Task force members",
                "source": "Training records",
            },
            {
                "kind": "outcome",
                "name": "Policies changed after an equity review",
                "numerator": "Hospital policies revised after a task force equity review",
                "denominator": "Hospital policies reviewed by the task force",
                "source": "Task force records",
            },
        ],
        "watch_for": [
            ("A one-off session with no follow-up action leaves community partners feeling used."),
            "Do not expect staff of colour to educate colleagues as unpaid extra work.",
        ],
    },
    "form-county-hubs-with-a-shared-aim": {
        "area": "social-determinants",
        "title": "Organise county hubs around one shared aim",
        "summary": (
            "In each county, the health department, clinics, social services, businesses, "
            "faith groups and residents form a hub with one infant mortality aim, shared "
            "measures and a paid coordinator."
        ),
        "why_it_works": (
            "In rural areas, many small organisations each provide part of the support a "
            "family needs, and nobody sees the whole picture. A shared aim and shared measures "
            "let partners divide the work, refer families to each other and see their combined "
            "effect. A paid coordinator keeps the hub going when volunteers move on and grants "
            "end."
        ),
        "evidence": "promising",
        "settings": ["community", "state_agency"],
        "pdsa": {
            "plan": (
                "Invite partners in one county to a two-hour meeting to agree a draft aim and "
                "three measures every partner can report."
            ),
            "do": "Each partner sends its three measures to the coordinator for one month.",
            "study": (
                "Review the combined data together and find one hand-off between partners "
                "where families get lost."
            ),
            "act": (
                "Test a change to that hand-off over the next month and make the data review a "
                "monthly meeting."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Partners reporting shared measures",
                "numerator": "Hub partners that submitted their monthly data",
                "denominator": "Hub partners",
                "source": "Hub data log",
            },
            {
                "kind": "outcome",
                "name": "Infant mortality in hub counties",
                "numerator": "Infant deaths in hub counties (five-year rolling total)",
                "denominator": ("Live births in the same counties and years, expressed per 1,000"),
                "source": "State vital records",
            },
        ],
        "watch_for": [
            (
                "A hub run only by the health department can feel like one more government "
                "programme, so share the chair."
            ),
            (
                "A single rural county has too few infant deaths to show change from year to "
                "year; track process measures and pooled rates."
            ),
        ],
        "equity": {
            "disparity": (
                "Rural counties, and Black families in the rural South in particular, have "
                "some of the highest infant mortality rates in the country."
            ),
            "stratify": (
                "Track measures by county and by race and ethnicity, using pooled multi-year "
                "rates for small populations."
            ),
        },
    },
    "adopt-a-hard-stop-policy-for-elective-deliveries": {
        "area": "preterm-early-term",
        "title": "Adopt a hard-stop policy on elective deliveries before 39 weeks",
        "summary": (
            "The hospital schedules no induction or caesarean before 39 weeks without a "
            "documented medical indication, and a named physician leader must approve any "
            "exception before it goes ahead."
        ),
        "why_it_works": (
            "Babies born at 37 and 38 weeks have more breathing problems and NICU admissions "
            "than babies born at 39 weeks or later. Hospitals that adopted hard-stop policies "
            "cut early elective deliveries much further than those that relied on education or "
            "reviewed cases afterwards. The policy makes the safe choice the default instead "
            "of a negotiation."
        ),
        "evidence": "evidence_based",
        "settings": ["hospital"],
        "pdsa": {
            "plan": (
                "Write the policy with obstetric and nursing leaders, agree who can approve "
                "exceptions, and predict how many scheduling requests in a month will need "
                "review."
            ),
            "do": (
                "Apply the policy for one month to every scheduled induction and caesarean, "
                "with the approver reachable by phone."
            ),
            "study": (
                "Review every request: how many were approved, declined or moved to 39 weeks, "
                "and how long each decision took."
            ),
            "act": (
                "Adjust the approval route if it delayed care, then take the policy to the "
                "medical executive committee to make it permanent."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Early scheduled deliveries with a documented indication",
                "numerator": (
                    "Inductions and caesareans scheduled before 39 weeks with a medical "
                    "indication documented at booking"
                ),
                "denominator": "Inductions and caesareans scheduled before 39 weeks",
                "source": "Labour and delivery scheduling log",
            },
            {
                "kind": "outcome",
                "name": "Early elective deliveries (PC-01)",
                "numerator": (
                    "Patients with an elective induction or elective caesarean at 37 0/7 to 38 "
                    "6/7 weeks"
                ),
                "denominator": (
                    "Patients delivering at 37 0/7 to 38 6/7 weeks, after the measure's exclusions"
                ),
                "source": "Joint Commission PC-01",
            },
        ],
        "watch_for": [
            (
                "Track stillbirths and NICU admissions at 37 to 38 weeks as balancing "
                "measures; the policy must never block a medically needed delivery."
            ),
            (
                "Exceptions approved by phone still have to be written down, or the data will "
                "not be reliable."
            ),
        ],
    },
    "require-an-indication-checklist-to-schedule": {
        "area": "preterm-early-term",
        "title": "Require a medical indication checklist to book an early delivery",
        "summary": (
            "Labour and delivery schedulers accept a request for induction or caesarean before "
            "39 weeks only with a completed checklist of recognised indications and confirmed "
            "gestational age."
        ),
        "why_it_works": (
            "Many early elective deliveries happen simply because booking is easy and nobody "
            "checks the reason at that moment. A checklist based on national guidance gives "
            "schedulers a clear rule and gives clinicians a quick way to record a real "
            "indication. It also produces clean data for audit."
        ),
        "evidence": "promising",
        "settings": ["hospital"],
        "pdsa": {
            "plan": (
                "Draft a one-page booking form that lists accepted indications and how "
                "gestational age was confirmed, and test it with one scheduler for one week."
            ),
            "do": "The scheduler returns any incomplete form to the clinician the same day.",
            "study": (
                "Count the forms completed correctly the first time, the forms returned, and "
                "the reasons for return."
            ),
            "act": (
                "Simplify the items that caused returns and build the form into the electronic "
                "scheduling system."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Early booking requests with a complete checklist",
                "numerator": (
                    "Requests for delivery before 39 weeks with every checklist item completed"
                ),
                "denominator": "Requests for delivery before 39 weeks",
                "source": "Labour and delivery scheduling log",
            },
            {
                "kind": "outcome",
                "name": "Early deliveries with no listed indication",
                "numerator": (
                    "Deliveries at 37 0/7 to 38 6/7 weeks by scheduled induction or caesarean "
                    "with no listed indication"
                ),
                "denominator": "Deliveries at 37 0/7 to 38 6/7 weeks",
                "source": "Scheduling log linked to delivery records",
            },
        ],
        "watch_for": [
            (
                "Schedulers need visible backing from physician leaders when they turn a "
                "request away."
            ),
            (
                "Keep the indication list in line with current ACOG guidance on medically "
                "indicated late-preterm and early-term deliveries."
            ),
        ],
    },
    "share-hospital-eed-rates-monthly": {
        "area": "preterm-early-term",
        "title": "Send each hospital its early elective delivery rate every month",
        "summary": (
            "The state team or perinatal quality collaborative sends every birthing hospital a "
            "monthly run chart of its early elective delivery rate beside the state rate and, "
            "with agreement, the named rates of other hospitals."
        ),
        "why_it_works": (
            "Clinicians often assume their own rate is low until they see the numbers. Monthly "
            "comparison with named peers creates healthy pressure and shows lagging hospitals "
            "whom to learn from. Quick feedback also shows soon after a new policy starts "
            "whether it is working."
        ),
        "evidence": "promising",
        "settings": ["state_agency", "hospital"],
        "pdsa": {
            "plan": (
                "Ask five hospitals to send last month's PC-01 numerator and denominator, and "
                "send each a one-page run chart within two weeks."
            ),
            "do": (
                "Ask each hospital's physician lead to show the chart at the next department "
                "meeting."
            ),
            "study": (
                "Find out who saw the chart, what questions it raised and whether it matched "
                "the hospital's own figures."
            ),
            "act": (
                "Fix any data definitions that caused disagreement and extend the monthly "
                "report to every birthing hospital."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Hospitals submitting data each month",
                "numerator": "Birthing hospitals that submitted PC-01 data for the month",
                "denominator": "Birthing hospitals in the state",
                "source": "Collaborative data portal",
            },
            {
                "kind": "outcome",
                "name": "State early elective delivery rate",
                "numerator": (
                    "Elective deliveries at 37 0/7 to 38 6/7 weeks at reporting hospitals"
                ),
                "denominator": (
                    "Deliveries at 37 0/7 to 38 6/7 weeks at reporting hospitals, after the "
                    "measure's exclusions"
                ),
                "source": "PC-01 data submitted to the collaborative",
            },
        ],
        "watch_for": [
            (
                "Quarterly paper reports arrive too late to act on, so keep the delay between "
                "month end and report short."
            ),
            (
                "Small hospitals swing widely from month to month; show control limits or "
                "pooled quarters."
            ),
        ],
    },
    "explain-the-value-of-39-weeks-to-families": {
        "area": "preterm-early-term",
        "title": "Explain to families why the last weeks of pregnancy matter",
        "summary": (
            "Prenatal clinicians talk with each patient by the 32-week visit about why babies "
            "do better when born at 39 weeks or later, backed by a short leaflet or video."
        ),
        "why_it_works": (
            "Some requests for early delivery come from patients who are uncomfortable, "
            "worried about which clinician will be on call, or unaware that the baby's brain "
            "and lungs are still developing at 37 and 38 weeks. Talking before a request is "
            "made is easier than turning one down later. Families who understand the reason "
            "are more willing to wait."
        ),
        "evidence": "promising",
        "settings": ["hospital", "community"],
        "pdsa": {
            "plan": (
                "Ask two clinicians to raise the topic at every 32-week visit for two weeks "
                "using an agreed three-point script."
            ),
            "do": "Give each patient the leaflet and note any questions she asks.",
            "study": (
                "At the 36-week visit, ask those patients why waiting until 39 weeks matters, "
                "and compare their answers with patients who did not have the talk."
            ),
            "act": (
                "Revise the script to answer the questions patients raised and extend it to "
                "the whole practice."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Patients counselled by 32 weeks",
                "numerator": (
                    "Patients with documented counselling about 39 weeks by the 32-week visit"
                ),
                "denominator": "Patients who attended a 32-week visit",
                "source": "EHR",
            },
            {
                "kind": "outcome",
                "name": "Early inductions at the patient's request",
                "numerator": (
                    "Inductions before 39 weeks with patient request recorded as the reason"
                ),
                "denominator": "Inductions before 39 weeks",
                "source": "Labour and delivery scheduling log",
            },
        ],
        "watch_for": [
            "Education alone has little effect; pair it with a hard-stop policy.",
            (
                "Be clear that some conditions make earlier delivery the safer choice, so "
                "families with those conditions are not alarmed."
            ),
        ],
    },
    "flag-prior-preterm-birth-at-first-prenatal-visit": {
        "area": "preterm-early-term",
        "title": "Flag a previous spontaneous preterm birth at the first prenatal visit",
        "summary": (
            "Clinics record every patient's obstetric history at the first visit and flag "
            "anyone with a previous spontaneous preterm birth for a prevention plan by 16 "
            "weeks."
        ),
        "why_it_works": (
            "A previous spontaneous preterm birth is the strongest known predictor of another. "
            "Prevention, such as serial cervical length checks with progesterone or cerclage "
            "when indicated, depends on starting early. CoIIN teams built these pathways to "
            "get 17P to eligible women, but the FDA withdrew 17P's approval in 2023, so the "
            "flag should now lead to a plan based on current ACOG and SMFM guidance."
        ),
        "evidence": "promising",
        "settings": ["hospital", "community", "payer"],
        "pdsa": {
            "plan": (
                "Review the charts of ten current patients with a previous preterm birth and "
                "note when, or whether, the history was recorded and acted on."
            ),
            "do": (
                "For two weeks, make the obstetric history question mandatory at new-patient "
                "intake and send every flagged patient to a named nurse."
            ),
            "study": (
                "Check how many flagged patients had a prevention plan documented by 16 weeks."
            ),
            "act": (
                "If plans were late, move the nurse contact earlier or add a standing order "
                "for cervical length screening."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "High-risk patients with a plan by 16 weeks",
                "numerator": (
                    "Patients with a previous spontaneous preterm birth who have a documented "
                    "prevention plan by 16 weeks"
                ),
                "denominator": (
                    "Patients with a previous spontaneous preterm birth who entered care "
                    "before 16 weeks"
                ),
                "source": "EHR",
            },
            {
                "kind": "outcome",
                "name": "Repeat preterm birth",
                "numerator": (
                    "Births before 37 weeks to women with a previous spontaneous preterm birth"
                ),
                "denominator": "Births to women with a previous spontaneous preterm birth",
                "source": "EHR or birth certificate",
            },
        ],
        "watch_for": [
            (
                "Since April 2023, 17P is no longer an FDA-approved treatment, so update order "
                "sets and patient materials that still mention it."
            ),
            (
                "Women who start prenatal care late miss the window; link the flag to outreach "
                "and prompt Medicaid enrolment."
            ),
            (
                "Birth certificate data on previous preterm births are incomplete, so use "
                "chart review for the baseline."
            ),
        ],
        "equity": {
            "disparity": (
                "Black women have a preterm birth rate about 1.5 times that of white women and "
                "are more likely to start prenatal care late."
            ),
            "stratify": (
                "Stratify identification, plans and repeat preterm birth by race and "
                "ethnicity, payer and trimester of entry to care."
            ),
        },
    },
    "screen-cervical-length-in-mid-pregnancy": {
        "area": "preterm-early-term",
        "title": "Measure cervical length in mid-pregnancy and treat a short cervix",
        "summary": (
            "Hospitals and prenatal practices agree a pathway to measure cervical length by "
            "ultrasound between 16 and 24 weeks and to offer vaginal progesterone when the "
            "cervix is short."
        ),
        "why_it_works": (
            "A short cervix in mid-pregnancy predicts spontaneous preterm birth, and vaginal "
            "progesterone for women with a short cervix lowers that risk. For women with a "
            "previous spontaneous preterm birth, repeated measurements also show who may "
            "benefit from a cerclage. Without an agreed pathway, whether a woman is measured "
            "and treated depends on which clinician she sees."
        ),
        "evidence": "evidence_based",
        "settings": ["hospital", "community"],
        "pdsa": {
            "plan": (
                "With maternal-fetal medicine and ultrasound leads, write a one-page pathway "
                "that states who is measured, how, the cut-off and the treatment offered."
            ),
            "do": (
                "Apply it to the anatomy scans booked in one week and follow each result "
                "through to a clinical decision."
            ),
            "study": (
                "Check whether short-cervix results reached the prescribing clinician and how "
                "long treatment took to start."
            ),
            "act": (
                "Close the gaps you found, such as results left unread in the imaging system, "
                "before extending to other sites."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Anatomy scans with cervical length recorded",
                "numerator": (
                    "Singleton anatomy scans at 18 to 24 weeks with cervical length documented"
                ),
                "denominator": "Singleton anatomy scans at 18 to 24 weeks",
                "source": "Ultrasound reporting system",
            },
            {
                "kind": "process",
                "name": "Short cervix treated promptly",
                "numerator": (
                    "Patients with a cervical length of 20 mm or less who start vaginal "
                    "progesterone within 7 days"
                ),
                "denominator": "Patients with a cervical length of 20 mm or less",
                "source": "EHR and pharmacy records",
            },
            {
                "kind": "outcome",
                "name": "Birth before 34 weeks after a short cervix",
                "numerator": ("Births before 34 weeks among patients found to have a short cervix"),
                "denominator": "Patients found to have a short cervix",
                "source": "EHR",
            },
        ],
        "watch_for": [
            (
                "National guidance leaves universal transvaginal screening of women without a "
                "previous preterm birth optional, so decide locally and apply the decision "
                "consistently."
            ),
            (
                "Transabdominal measurement can miss a short cervix; agree when to follow up "
                "with a transvaginal scan."
            ),
        ],
    },
    "assess-levels-of-care-with-a-standard-tool": {
        "area": "risk-appropriate-care",
        "title": "Assess every birthing hospital's level of care with a standard tool",
        "summary": (
            "The state health department uses the CDC Levels of Care Assessment Tool (LOCATe) "
            "to compare each hospital's stated maternal and neonatal level of care with "
            "national definitions."
        ),
        "why_it_works": (
            "Hospitals often describe themselves at a higher level than their staff and "
            "services support, and state definitions may not match national guidance. A "
            "standard assessment shows where the gaps are and gives the state a basis for "
            "designation and transfer planning. Repeating it every few years shows change over "
            "time."
        ),
        "evidence": "promising",
        "settings": ["state_agency", "hospital"],
        "pdsa": {
            "plan": (
                "Ask three birthing hospitals of different sizes to complete the tool, and "
                "predict which will assess at a lower level than they claim."
            ),
            "do": (
                "Go through each hospital's results with its perinatal leaders in a one-hour call."
            ),
            "study": (
                "Note mismatches between stated and assessed levels and the reasons hospitals gave."
            ),
            "act": (
                "Adjust how you introduce the tool, then invite every birthing hospital to "
                "complete it."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Birthing hospitals assessed",
                "numerator": (
                    "Birthing hospitals that completed the assessment in the last three years"
                ),
                "denominator": "Birthing hospitals in the state",
                "source": "State assessment records",
            },
            {
                "kind": "outcome",
                "name": "Hospitals whose stated level matches the assessment",
                "numerator": (
                    "Assessed hospitals whose stated neonatal level equals the assessed level"
                ),
                "denominator": "Birthing hospitals assessed",
                "source": "LOCATe results",
            },
        ],
        "watch_for": [
            (
                "Hospitals may see the assessment as a threat to their services, so explain "
                "how the results will and will not be used."
            ),
            (
                "A self-assessment is not verification; plan site visits for hospitals that "
                "provide level III or IV care."
            ),
        ],
    },
    "track-vlbw-births-by-hospital-level": {
        "area": "risk-appropriate-care",
        "title": "Report every quarter where very low birth weight babies are born",
        "summary": (
            "The state links birth certificates to hospital levels of care and reports each "
            "quarter, by region, the share of very low birth weight babies born at level III "
            "or IV hospitals."
        ),
        "why_it_works": (
            "Very low birth weight babies born at level III or IV hospitals are more likely to "
            "survive than those born elsewhere. Quarterly data show which regions and "
            "hospitals still deliver these babies, so teams can review the cases and close "
            "referral gaps. Without the data, each hospital sees its few cases as unavoidable."
        ),
        "evidence": "promising",
        "settings": ["state_agency"],
        "pdsa": {
            "plan": (
                "Pull last year's births under 1,500 grams from vital records, assign each "
                "birth hospital its level, and calculate the share born at level III or IV."
            ),
            "do": (
                "Send each regional perinatal centre the list of its very low birth weight "
                "births at lower-level hospitals and ask for a short review of three cases."
            ),
            "study": (
                "Sort the reasons found: labour too fast to transfer, no bed, late arrival at "
                "hospital, or risk not recognised."
            ),
            "act": (
                "Aim a change at the most common avoidable reason, such as a transfer "
                "agreement or outreach education, and repeat the report next quarter."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Regions reviewing the quarterly report",
                "numerator": (
                    "Perinatal regions that received and reviewed the latest quarterly report"
                ),
                "denominator": "Perinatal regions",
                "source": "State perinatal programme log",
            },
            {
                "kind": "outcome",
                "name": "Very low birth weight babies born at level III or IV hospitals",
                "numerator": "Live births under 1,500 grams at level III or IV hospitals",
                "denominator": "Live births under 1,500 grams",
                "source": "Birth certificates linked to hospital level of care",
            },
        ],
        "watch_for": [
            (
                "Agree one rule for births at the limit of viability and births before arrival "
                "at hospital, and apply it every quarter."
            ),
            "Hospital levels change, so keep the linked list of levels up to date.",
        ],
        "equity": {
            "disparity": (
                "Mothers in rural counties, far from a level III or IV hospital, are more "
                "likely to deliver very small babies in hospitals without neonatal intensive "
                "care."
            ),
            "stratify": (
                "Stratify by mother's county of residence (rural or urban), race and "
                "ethnicity, and payer."
            ),
        },
    },
    "set-up-a-single-call-transfer-line": {
        "area": "risk-appropriate-care",
        "title": "Set up one phone number for maternal and neonatal transfers",
        "summary": (
            "Regional perinatal centres run one 24-hour number that connects a referring "
            "clinician to a maternal-fetal medicine or neonatal specialist and arranges a bed "
            "and transport in a single call."
        ),
        "why_it_works": (
            "Transfers stall when a nurse or doctor at a small hospital has to ring several "
            "people to find a bed, especially at night. One number with a guaranteed callback "
            "time removes the delay and the uncertainty. Logging every call also shows where "
            "and why transfers are refused or delayed."
        ),
        "evidence": "promising",
        "settings": ["hospital", "state_agency"],
        "pdsa": {
            "plan": (
                "Pilot the number with two referring hospitals for one month, aiming for a "
                "specialist callback within 15 minutes."
            ),
            "do": (
                "Log every call with the time of the call, the callback time, the decision and "
                "the transport time."
            ),
            "study": (
                "Compare the times with the target and ask the referring clinicians about "
                "their experience."
            ),
            "act": (
                "Fix the most common cause of delay, such as finding a bed, before adding more "
                "referring hospitals."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Specialist callback within 15 minutes",
                "numerator": "Transfer calls with a specialist callback within 15 minutes",
                "denominator": "Transfer calls",
                "source": "Transfer line log",
            },
            {
                "kind": "outcome",
                "name": "High-risk mothers transferred before giving birth",
                "numerator": (
                    "Maternal transfer requests where the mother reached the receiving "
                    "hospital before giving birth"
                ),
                "denominator": (
                    "Maternal transfer requests for threatened preterm birth or other "
                    "high-risk conditions"
                ),
                "source": "Transfer line log",
            },
        ],
        "watch_for": [
            (
                "Receiving hospitals that turn transfers away because they are full need an "
                "escalation route, not silence."
            ),
            (
                "Arrange transport in the same call, or the line saves minutes on the phone "
                "and loses hours waiting for an ambulance."
            ),
        ],
    },
    "give-antenatal-steroids-before-transfer": {
        "area": "risk-appropriate-care",
        "title": "Start antenatal steroids before transferring a woman in preterm labour",
        "summary": (
            "Referring hospitals follow a standing protocol to give antenatal corticosteroids, "
            "and magnesium sulfate when indicated, to women at risk of delivering between 24 "
            "and 34 weeks before or during transfer."
        ),
        "why_it_works": (
            "Antenatal corticosteroids reduce deaths, breathing problems and brain bleeds in "
            "preterm babies, and magnesium sulfate before 32 weeks reduces cerebral palsy. "
            "Both need to start early, which often means at the hospital where the woman first "
            "arrives. A standing protocol means treatment does not wait for the receiving "
            "team."
        ),
        "evidence": "evidence_based",
        "settings": ["hospital"],
        "pdsa": {
            "plan": (
                "Agree a standing order with the receiving centre and test it at one referring "
                "hospital for its next five preterm transfers."
            ),
            "do": (
                "The referring nurse gives the first steroid dose and, below 32 weeks, starts "
                "magnesium under the protocol, recording the times."
            ),
            "study": (
                "Check whether each mother had her first dose before leaving and whether any "
                "transfer was delayed."
            ),
            "act": (
                "Deal with the reasons doses were missed, such as stock or doubt about dating, "
                "and extend to other referring hospitals."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Preterm transfers with steroids started",
                "numerator": (
                    "Women transferred at 24 0/7 to 33 6/7 weeks who received a first steroid "
                    "dose before leaving"
                ),
                "denominator": (
                    "Women transferred at 24 0/7 to 33 6/7 weeks for threatened preterm birth"
                ),
                "source": "Transfer records",
            },
            {
                "kind": "outcome",
                "name": "Antenatal steroids before preterm birth (PC-03)",
                "numerator": (
                    "Births at 24 0/7 to 33 6/7 weeks where the mother received antenatal "
                    "steroids before birth"
                ),
                "denominator": ("Births at 24 0/7 to 33 6/7 weeks, after the measure's exclusions"),
                "source": "Joint Commission PC-03",
            },
        ],
        "watch_for": [
            "Never hold a transfer back to finish giving a dose.",
            (
                "Women who go on to deliver at term should not receive repeat courses without "
                "specialist advice."
            ),
        ],
    },
    "measure-blood-loss-quantitatively": {
        "area": "risk-appropriate-care",
        "title": "Measure blood loss at every birth",
        "summary": (
            "Birthing teams weigh soaked pads and drapes and read calibrated collection bags "
            "to measure cumulative blood loss at every vaginal and caesarean birth, instead of "
            "estimating by eye."
        ),
        "why_it_works": (
            "Visual estimates regularly understate large blood losses, so haemorrhage is "
            "recognised late. Measuring blood loss as it happens triggers the haemorrhage "
            "response sooner, while simpler treatments still work. Measurement is a core part "
            "of the national obstetric haemorrhage safety bundle."
        ),
        "evidence": "promising",
        "settings": ["hospital"],
        "pdsa": {
            "plan": (
                "Stock one delivery room with a scale, drapes with calibrated pouches and a "
                "chart of dry weights, and predict how many minutes measurement will add to "
                "each birth."
            ),
            "do": (
                "Nurses measure blood loss at every birth in that room for one week and record "
                "both the measured and the visually estimated amount."
            ),
            "study": (
                "Compare measured and estimated amounts and ask staff what slowed them down."
            ),
            "act": (
                "Fix the practical problems, such as where the scale is kept, then spread to "
                "every delivery room and the operating theatre."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Births with measured blood loss",
                "numerator": "Births with a quantitative cumulative blood loss documented",
                "denominator": "Births",
                "source": "EHR",
            },
            {
                "kind": "outcome",
                "name": "Severe maternal morbidity among women with haemorrhage",
                "numerator": (
                    "Women with haemorrhage who had one or more severe maternal morbidity "
                    "indicators"
                ),
                "denominator": (
                    "Women with haemorrhage (blood loss of 1,000 mL or more, or a transfusion)"
                ),
                "source": (
                    "Hospital discharge data using the CDC severe maternal morbidity indicators"
                ),
            },
        ],
        "watch_for": [
            (
                "Measured losses are higher than the old estimates, so recorded haemorrhage "
                "rates may rise at first; warn leaders in advance."
            ),
            (
                "Subtract amniotic fluid and irrigation at caesarean births, or losses will be "
                "overstated."
            ),
        ],
        "equity": {
            "disparity": (
                "Black women suffer severe maternal morbidity from haemorrhage more often than "
                "white women."
            ),
            "stratify": (
                "Stratify haemorrhage and severe morbidity by race and ethnicity, payer and "
                "mode of birth."
            ),
        },
    },
    "run-monthly-haemorrhage-drills": {
        "area": "risk-appropriate-care",
        "title": "Run short haemorrhage drills on the unit every month",
        "summary": (
            "Labour and delivery teams run a 15-minute simulated haemorrhage on the unit, "
            "rotating through all shifts, followed by a five-minute debrief."
        ),
        "why_it_works": (
            "Any one nurse or doctor sees a major obstetric haemorrhage rarely, so the steps "
            "of the response are easy to forget. Short drills on the real unit expose "
            "practical problems, such as a locked haemorrhage cart or a slow call to the blood "
            "bank. Regular practice makes the response faster and better coordinated."
        ),
        "evidence": "promising",
        "settings": ["hospital"],
        "pdsa": {
            "plan": (
                "Write one scenario of haemorrhage after a vaginal birth and schedule it on a "
                "night shift next week."
            ),
            "do": (
                "Run the drill with whoever is on duty, timing how long it takes to bring the "
                "haemorrhage cart and to request blood."
            ),
            "study": "In the debrief, list what went wrong and who will fix each problem.",
            "act": (
                "Fix the biggest problem before the next drill, and rotate the scenario and "
                "the shift each month."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Staff who took part in a drill",
                "numerator": (
                    "Labour and delivery nurses and clinicians who took part in a drill in the "
                    "last six months"
                ),
                "denominator": "Labour and delivery nurses and clinicians",
                "source": "Drill log",
            },
            {
                "kind": "outcome",
                "name": "Massive transfusion after haemorrhage",
                "numerator": (
                    "Women with haemorrhage who received four or more units of red cells"
                ),
                "denominator": "Women with haemorrhage",
                "source": "Blood bank records and EHR",
            },
        ],
        "watch_for": [
            (
                "Drills held only on day shift miss the teams most likely to respond with "
                "little help at night."
            ),
            "Debriefs that blame individuals stop people from admitting mistakes.",
        ],
    },
    "review-severe-haemorrhage-cases-for-equity": {
        "area": "risk-appropriate-care",
        "title": "Review every severe haemorrhage case, including differences by race",
        "summary": (
            "Within a month of each haemorrhage with severe morbidity, a multidisciplinary "
            "team reviews the case on a standard form that asks whether bias, communication or "
            "delays in responding to the woman's concerns played a part."
        ),
        "why_it_works": (
            "Case reviews find system failures that aggregate data miss, such as a slow "
            "response when a patient says she feels faint. Asking directly about respect and "
            "bias, and reviewing trends by race, makes disparities part of routine safety work "
            "rather than an afterthought. Hearing from the patient shows the team the case "
            "from the family's side."
        ),
        "evidence": "emerging",
        "settings": ["hospital"],
        "pdsa": {
            "plan": (
                "Add three questions on communication, delays and bias to your existing severe "
                "maternal morbidity review form and try them on the next two cases."
            ),
            "do": (
                "With her consent, ask each patient about her experience before the review meeting."
            ),
            "study": "Ask reviewers whether the new questions changed what they found.",
            "act": (
                "Keep the questions that brought out new information and report findings by "
                "race to hospital leaders every quarter."
            ),
        },
        "measures": [
            {
                "kind": "process",
                "name": "Severe haemorrhage cases reviewed within 30 days",
                "numerator": "Haemorrhages with severe morbidity reviewed within 30 days",
                "denominator": "Haemorrhages with severe morbidity",
                "source": "Case review log",
            },
            {
                "kind": "outcome",
                "name": "Severe morbidity from haemorrhage among Black women",
                "numerator": (
                    "Black women with haemorrhage who had one or more severe maternal "
                    "morbidity indicators"
                ),
                "denominator": "Black women with haemorrhage",
                "source": "Hospital discharge data",
            },
        ],
        "watch_for": [
            "Reviews that feel punitive make staff defensive; follow a just-culture approach.",
            (
                "Patient interviews must be voluntary and carried out by someone outside the "
                "care team."
            ),
        ],
        "equity": {
            "disparity": (
                "Black women have the highest rates of severe maternal morbidity and "
                "pregnancy-related death in the United States."
            ),
            "stratify": (
                "Report review findings and outcomes by race and ethnicity, payer and "
                "preferred language."
            ),
        },
    },
}

CASE_STUDIES = [
    {
        "slug": "infant-mortality-coiin-national-results",
        "title": "A national improvement network and a 5% fall in infant mortality",
        "jurisdiction": "US",
        "team": None,
        "networks": ["safe-sleep", "preterm-early-term", "social-determinants"],
        "change_ideas": [
            "adopt-a-hard-stop-policy-for-elective-deliveries",
            "model-safe-sleep-on-maternity-units",
            "build-county-equity-data-profiles",
        ],
        "summary": (
            "From 2013 to 2017, 51 state and jurisdiction teams tested changes in six learning "
            "networks, and the national infant mortality rate fell by 5%, which means roughly "
            "1,775 fewer babies died than if rates had stayed the same. Rates fell in 81% of "
            "states, and by at least a tenth in roughly one state or jurisdiction in three."
        ),
        "challenge": (
            "In 2014, 23 countries had lower infant mortality than the United States, and a US "
            "baby faced more than double the risk of dying before age one that a baby born in "
            "Japan, Finland or Sweden did. In 2013, close to six of every 1,000 US babies died "
            "in their first year, and the death rate for Black babies was more than double the "
            "rate for white babies. At those rates the country would go on losing more than "
            "23,000 babies a year. States were tackling the problem separately, with different "
            "aims, measures and data systems, which made it hard for them to learn from one "
            "another."
        ),
        "what_they_did": (
            "HRSA's Maternal and Child Health Bureau funded NICHQ to run the Collaborative "
            "Improvement and Innovation Network to Reduce Infant Mortality (IM CoIIN). It "
            "began in 2012 with 13 southern and southwestern states, added six Midwestern "
            "states in 2013, and in 2014 became one national network that took in the other 31 "
            "states plus nine jurisdictions. NICHQ and HRSA acted as the backbone "
            "organisation: they coached teams in the Breakthrough Series and the Model for "
            "Improvement, ran a shared data system, and hosted an online Collaboratory where "
            "more than 7,000 users shared close to 14,000 resources. Each team picked at least "
            "one and at most three of the six strategy areas, and national partners such as "
            "AMCHP, ASTHO and the March of Dimes supported the work. The social determinants "
            "network distilled 345 measures in use nationally and by states into one indicator "
            "framework, and 14 of its 19 state teams reported stronger knowledge and capacity "
            "to act on social determinants."
        ),
        "results": [
            {
                "measure": "Infant mortality rate, as a percentage of the 2013 rate",
                "baseline": 100.0,
                "result": 95.0,
                "unit": "% of baseline",
                "period": "2013–2017",
                "lower_is_better": True,
            },
            {
                "measure": "Preterm-related mortality rate, as a percentage of the 2013 rate",
                "baseline": 100.0,
                "result": 94.0,
                "unit": "% of baseline",
                "period": "2013–2017",
                "lower_is_better": True,
            },
            {
                "measure": (
                    "Preterm birth rate (before 37 weeks), as a percentage of the 2013 rate"
                ),
                "baseline": 100.0,
                "result": 97.0,
                "unit": "% of baseline",
                "period": "2013–2017",
                "lower_is_better": True,
            },
        ],
        "differently": (
            "Early on, some teams tried to judge their monthly tests against infant mortality "
            "itself. That did not work: infant deaths in a state or county are too few, and "
            "death certificate data arrive a year or more late, so the charts showed nothing "
            "that a team could act on. Teams learned to track process measures they could "
            "collect each month, such as bassinet audits or PC-01 rates, and to review "
            "mortality on pooled annual data. Looking back, the network would also bring state "
            "Medicaid agencies in from the start; the links it eventually built between health "
            "departments and Medicaid, for sharing data and changing payment policy, turned "
            "out to be among its most useful results."
        ),
        "contacts": [
            {
                "name": "Dr. Renata Okafor",
                "role": "Former learning network faculty lead",
                "organisation": "Infant Mortality CoIIN",
            },
        ],
    },
    {
        "slug": "louisiana-haemorrhage-equity",
        "title": "Louisiana hospitals narrow the gap in haemorrhage harm to Black mothers",
        "jurisdiction": "LA",
        "team": "louisiana",
        "networks": ["risk-appropriate-care"],
        "change_ideas": [
            "measure-blood-loss-quantitatively",
            "run-monthly-haemorrhage-drills",
            "review-severe-haemorrhage-cases-for-equity",
        ],
        "summary": (
            "Between 2018 and 2020, birthing hospitals working with the Louisiana Perinatal "
            "Quality Collaborative reduced severe maternal morbidity from haemorrhage among "
            "Black women. The published summary reports the reduction without a figure, so the "
            "rates shown here are illustrative."
        ),
        "challenge": (
            "Louisiana has long had some of the highest rates of maternal death and severe "
            "maternal morbidity in the country, and Black mothers carry a much larger share of "
            "that harm than white mothers. Obstetric haemorrhage is one of the most common "
            "causes of severe morbidity and one of the most preventable. Like hospitals across "
            "the country, many still estimated blood loss by eye, kept haemorrhage supplies in "
            "several places and had no agreed point at which to call for help, and few "
            "routinely looked at their morbidity data by race."
        ),
        "what_they_did": (
            "The state team and the perinatal quality collaborative asked every birthing "
            "hospital to adopt the national obstetric haemorrhage safety bundle: a stocked "
            "haemorrhage cart, a risk assessment on admission, measured blood loss at every "
            "birth and a staged response checklist. Hospitals ran short drills on their units "
            "every month, and Bayou Women's and Infants' Hospital mentored smaller sites. Each "
            "hospital reported haemorrhage and severe morbidity by race every month, and case "
            "reviews added questions on communication, delays and bias. Patient and community "
            "advisers joined the reviews of collaborative data and helped write plain-language "
            "material on warning signs after birth."
        ),
        "results": [
            {
                "measure": (
                    "Severe maternal morbidity among Black women with haemorrhage (illustrative)"
                ),
                "baseline": 24.0,
                "result": 16.5,
                "unit": "%",
                "period": "2018–2020",
                "lower_is_better": True,
            },
            {
                "measure": (
                    "Severe maternal morbidity among white women with haemorrhage (illustrative)"
                ),
                "baseline": 15.0,
                "result": 12.5,
                "unit": "%",
                "period": "2018–2020",
                "lower_is_better": True,
            },
            {
                "measure": ("Births with blood loss measured rather than estimated (illustrative)"),
                "baseline": 22.0,
                "result": 88.0,
                "unit": "%",
                "period": "2018–2020",
                "lower_is_better": False,
            },
        ],
        "differently": (
            "To save nursing time, several hospitals first measured blood loss only at births "
            "flagged as high risk on admission. That test failed: a large share of "
            "haemorrhages happened in women assessed as low risk, and nurses who measured only "
            "now and then never became fluent. Measuring at every birth became the rule. The "
            "team would also set up reporting by race before the first drill, because months "
            "of early data could not be broken down later, and would bring community advisers "
            "in at the start rather than in the second year."
        ),
        "contacts": [
            {
                "name": "Dr. Simone Batiste",
                "role": "Obstetric lead",
                "organisation": "Louisiana State Team",
            },
            {
                "name": "Claire Thibodeaux, RN",
                "role": "Perinatal nurse manager",
                "organisation": "Bayou Women's and Infants' Hospital",
            },
        ],
    },
    {
        "slug": "bootheel-county-hubs",
        "title": "Bootheel county hubs pass their infant mortality goal early",
        "jurisdiction": "MO",
        "team": "pemiscot-county-hub",
        "networks": ["social-determinants", "safe-sleep"],
        "change_ideas": [
            "form-county-hubs-with-a-shared-aim",
            "screen-for-social-needs-with-closed-loop-referral",
            "build-county-equity-data-profiles",
        ],
        "summary": (
            "Bootheel Babies and Families aimed for 15% fewer infant deaths by 2022 across six "
            "rural counties in south-east Missouri and passed that goal in 2017 and again in "
            "2018, working through a hub in each county. The regional rates shown are "
            "illustrative, as are the Pemiscot hub's figures."
        ),
        "challenge": (
            "The Bootheel is six rural counties in Missouri's far south-east, where babies die "
            "before age one at much higher rates than elsewhere in the state and where Black "
            "families fare worst. Clinics are few and far apart, many families have no car, "
            "and many small organisations each met part of a family's needs with little "
            "coordination. In 2013 the Missouri Foundation for Health started its Infant "
            "Mortality Reduction Initiative to tackle high infant death rates in parts of St. "
            "Louis and in the Bootheel."
        ),
        "what_they_did": (
            "Bootheel Babies and Families set up a hub in each county, linking the county "
            "health department, non-profits, businesses and residents. The Pemiscot County hub "
            "agreed one aim and a short list of shared measures, reviewed them monthly and "
            "hired a coordinator to keep partners connected. Partner clinics began asking "
            "every pregnant woman about food, housing and transport, and the coordinator "
            "followed each referral until help arrived. Later, with an outside consulting "
            "team, the six hub leaders built profiles of inequity for the region and each "
            "county, used them with residents to choose root causes to work on, and set up a "
            "continuous quality improvement routine focused on equity so that gains would "
            "last."
        ),
        "results": [
            {
                "measure": "Infant mortality rate, six Bootheel counties (illustrative)",
                "baseline": 10.2,
                "result": 8.1,
                "unit": "per 1,000 live births",
                "period": "2013–2018",
                "lower_is_better": True,
            },
            {
                "measure": (
                    "Pregnant women screened for social needs at Pemiscot hub clinics "
                    "(illustrative)"
                ),
                "baseline": 30.0,
                "result": 76.0,
                "unit": "%",
                "period": "2016–2018",
                "lower_is_better": False,
            },
        ],
        "differently": (
            "The Pemiscot hub's first shared referral system was a paper form passed between "
            "agencies. It failed: forms went missing, families answered the same questions "
            "three times, and nobody could tell whether help arrived. The hub replaced it with "
            "a call from the coordinator within ten days of every referral. The hub would also "
            "build its county profile before choosing priorities, not after; the profile "
            "showed that lack of transport, not clinic opening hours, was the main reason "
            "women in the south of the county missed prenatal visits."
        ),
        "contacts": [
            {
                "name": "Carla Wren",
                "role": "Hub coordinator",
                "organisation": "Pemiscot County Hub",
            },
            {
                "name": "Marcus Reyes",
                "role": "Improvement facilitator",
                "organisation": "Missouri State Team",
            },
        ],
    },
    {
        "slug": "qi-tracs-lansing-task-force",
        "title": "A Lansing hospital and its community co-lead work on breastfeeding gaps",
        "jurisdiction": "MI",
        "team": "lansing-task-force",
        "networks": ["social-determinants"],
        "change_ideas": [
            "co-lead-with-community-organisers",
            "train-leaders-together-on-institutional-racism",
            "collect-birthing-parent-experience-surveys",
        ],
        "summary": (
            "As one of seven hospitals in Michigan's QI-TRACS birthing-centre collaborative, a "
            "Lansing hospital formed a hospital–community task force co-led by a community "
            "organiser, and racial gaps in breastfeeding narrowed in the second year. The "
            "Lansing figures shown are illustrative."
        ),
        "challenge": (
            "In Michigan, as nationally, Black mothers start and continue breastfeeding at "
            "lower rates than white mothers, and the gap is not explained by what mothers "
            "want. Black families describe getting less lactation help in hospital and fewer "
            "links to support after going home. The hospital had trained staff on the WHO Ten "
            "Steps to Successful Breastfeeding, but community members had no say in what it "
            "changed, and many local families did not trust it."
        ),
        "what_they_did": (
            "QI-TRACS, funded by the W.K. Kellogg Foundation and run by Coffective, recruited "
            "seven hospitals in its first year despite COVID-19, along with seven community "
            "organisers to co-lead the local work. The organisers are all Black women and "
            "include doulas, lactation supporters, an obstetric surgical technician, "
            "immigration advocates and small business owners. In Lansing, the hospital's "
            "lactation lead and the organiser formed a task force of staff, parents and local "
            "groups in which members take turns chairing and all share the agenda. Hospital "
            "leaders and organisers trained together with Race Forward on changing "
            "institutional racial inequity, then continued in affinity groups. The hospital "
            "used the Coffective Birthing Person Survey, reviewed the results with the task "
            "force and kept working through the Ten Steps."
        ),
        "results": [
            {
                "measure": (
                    "Gap in breastfeeding initiation between Black and white mothers (illustrative)"
                ),
                "baseline": 14.0,
                "result": 6.0,
                "unit": "percentage points",
                "period": "2021–2022",
                "lower_is_better": True,
            },
            {
                "measure": ("Black mothers exclusively breastfeeding at discharge (illustrative)"),
                "baseline": 38.0,
                "result": 52.0,
                "unit": "%",
                "period": "2021–2022",
                "lower_is_better": False,
            },
            {
                "measure": (
                    "Black mothers discharged with a named breastfeeding support contact "
                    "(illustrative)"
                ),
                "baseline": 45.0,
                "result": 81.0,
                "unit": "%",
                "period": "2021–2022",
                "lower_is_better": False,
            },
        ],
        "differently": (
            "The task force first met on weekday afternoons in a hospital conference room. "
            "Community members rarely came: they had jobs, paid for parking and had to sign in "
            "at a security desk. Moving to early evenings at a public library, with childcare, "
            "food and stipends, doubled community attendance within two months. The hospital "
            "also tried at first to rely on its standard patient satisfaction survey; it had "
            "no questions on respect or discrimination and few Black mothers returned it, so "
            "it could not show the gaps the task force cared about."
        ),
        "contacts": [
            {
                "name": "Monique Ellis",
                "role": "Community organiser",
                "organisation": "Lansing Hospital–Community Task Force",
            },
            {
                "name": "Jennifer Kowalski, IBCLC",
                "role": "Lactation programme lead",
                "organisation": "Lansing Hospital–Community Task Force",
            },
        ],
    },
    {
        "slug": "ohio-early-elective-deliveries",
        "title": "Ohio hospitals cut early elective deliveries by more than a third",
        "jurisdiction": "OH",
        "team": "ohio",
        "networks": ["preterm-early-term"],
        "change_ideas": [
            "adopt-a-hard-stop-policy-for-elective-deliveries",
            "share-hospital-eed-rates-monthly",
            "explain-the-value-of-39-weeks-to-families",
        ],
        "summary": (
            "Working toward the CoIIN aim of a one-third reduction, the Ohio state team helped "
            "birthing hospitals adopt hard-stop policies and monthly data feedback, and early "
            "elective deliveries fell by 38% between 2014 and 2016. The figures shown are "
            "illustrative."
        ),
        "challenge": (
            "In 2014 Ohio's birthing hospitals varied widely: some had already stopped "
            "elective deliveries before 39 weeks, while others still booked inductions at 37 "
            "and 38 weeks for convenience. The state team saw rates from birth certificates "
            "only a year or more later, and hospitals did not know how they compared with each "
            "other. Several obstetric departments believed their rates were already close to "
            "zero."
        ),
        "what_they_did": (
            "As part of the national preterm and early term learning network, the team asked "
            "every birthing hospital to send its Joint Commission PC-01 numbers each month and "
            "returned a one-page run chart within two weeks that showed the hospital beside "
            "the state. It shared a model hard-stop policy and booking form, and a physician "
            "champion from Lake Erie Regional Medical Center, an early adopter, talked the "
            "policy through with colleagues at other hospitals. The hospitals with the highest "
            "rates got a monthly coaching call. Prenatal practices were asked to explain the "
            "value of 39 weeks to every patient by the 32-week visit."
        ),
        "results": [
            {
                "measure": (
                    "Early elective deliveries at 37 0/7 to 38 6/7 weeks (PC-01), reporting "
                    "hospitals (illustrative)"
                ),
                "baseline": 5.8,
                "result": 3.6,
                "unit": "%",
                "period": "2014–2016",
                "lower_is_better": True,
            },
            {
                "measure": "Birthing hospitals with a written hard-stop policy (illustrative)",
                "baseline": 52.0,
                "result": 91.0,
                "unit": "%",
                "period": "2014–2016",
                "lower_is_better": False,
            },
        ],
        "differently": (
            "The team first tried to reduce demand with posters and leaflets in prenatal "
            "waiting rooms. After three months, booking logs showed no fall in inductions "
            "requested by patients, and clinic staff said few patients took a leaflet and "
            "fewer read it. The team dropped the posters and asked clinicians to raise the "
            "subject at the 32-week visit instead. It also started with quarterly reports, "
            "which arrived too late for hospitals to link a change to a result; it would send "
            "monthly feedback from the first month."
        ),
        "contacts": [
            {
                "name": "Karen Mitchell",
                "role": "Title V program director",
                "organisation": "Ohio State Team",
            },
            {
                "name": "Jamal Carter",
                "role": "MCH epidemiologist",
                "organisation": "Ohio State Team",
            },
        ],
    },
    {
        "slug": "tennessee-quitline-referrals",
        "title": "Tennessee prenatal clinics hand pregnant smokers to the quitline",
        "jurisdiction": "TN",
        "team": "tennessee",
        "networks": ["smoking-cessation"],
        "change_ideas": [
            "send-electronic-quitline-referrals",
            "ask-about-tobacco-at-every-prenatal-visit",
            "offer-incentives-for-verified-quitting",
        ],
        "summary": (
            "The Tennessee state team linked four prenatal clinics in rural East Tennessee to "
            "the state quitline by electronic referral, and the share of referred pregnant "
            "smokers who enrolled more than tripled. The figures shown are illustrative."
        ),
        "challenge": (
            "Tennessee's rate of smoking in pregnancy is well above the national average and "
            "highest in rural Appalachian counties and among women with Medicaid. Clinics told "
            "pregnant smokers to call 1-800-QUIT-NOW, but the quitline heard from few pregnant "
            "women, and clinics had no way to know who had called. Many clinics did not ask "
            "about e-cigarettes or smokeless tobacco at all."
        ),
        "what_they_did": (
            "The team worked with the state quitline and four county health department "
            "prenatal clinics to set up an electronic referral from the health record. Medical "
            "assistants asked every patient about all tobacco and nicotine products at every "
            "visit, and the quitline called each referred patient within two days and offered "
            "its pregnancy protocol, which has extra coaching calls. The quitline sent each "
            "clinic a weekly status report. In the second year, two of the clinics tested "
            "small shopping vouchers for weeks without smoking confirmed by a carbon monoxide "
            "test, paid for by a local foundation."
        ),
        "results": [
            {
                "measure": "Pregnant smokers with a quitline referral (illustrative)",
                "baseline": 21.0,
                "result": 68.0,
                "unit": "%",
                "period": "2015–2017",
                "lower_is_better": False,
            },
            {
                "measure": (
                    "Referred pregnant smokers who enrolled with the quitline (illustrative)"
                ),
                "baseline": 12.0,
                "result": 38.0,
                "unit": "%",
                "period": "2015–2017",
                "lower_is_better": False,
            },
            {
                "measure": ("Mothers smoking in the third trimester, pilot clinics (illustrative)"),
                "baseline": 17.5,
                "result": 14.9,
                "unit": "%",
                "period": "2015–2017",
                "lower_is_better": True,
            },
        ],
        "differently": (
            "Clinics first faxed referrals in a batch at the end of each day. About a third "
            "arrived incomplete or could not be matched to a patient, and many phone numbers "
            "were out of date; electronic referral with a required phone check fixed most of "
            "this. One clinic also tested text reminders before quitline calls, which made no "
            "difference because many patients used prepaid phones that ran out of minutes. The "
            "clinics now ask for a preferred way to be reached and a back-up number instead."
        ),
        "contacts": [
            {
                "name": "Beth Ann Hollins",
                "role": "Tobacco treatment specialist",
                "organisation": "Tennessee State Team",
            },
        ],
    },
    {
        "slug": "mississippi-levels-of-care",
        "title": "Mississippi gets more very small babies born where intensive care is on hand",
        "jurisdiction": "MS",
        "team": "mississippi",
        "networks": ["risk-appropriate-care"],
        "change_ideas": [
            "assess-levels-of-care-with-a-standard-tool",
            "track-vlbw-births-by-hospital-level",
            "set-up-a-single-call-transfer-line",
        ],
        "summary": (
            "The Mississippi state team assessed every birthing hospital's level of care, "
            "reported each quarter where very low birth weight babies were born, and set up a "
            "single transfer line; the share of these babies born at level III or IV hospitals "
            "rose from 77% to 86%. The figures shown are illustrative."
        ),
        "challenge": (
            "Mississippi has one of the highest infant mortality rates in the country, and "
            "many of its rural counties are far from a neonatal intensive care unit. Some "
            "hospitals described themselves as offering a higher level of neonatal care than "
            "their staffing supported, and clinicians at small hospitals often made several "
            "calls at night to find a bed for a mother in preterm labour. The state had no "
            "regular report on where its smallest babies were born."
        ),
        "what_they_did": (
            "The team used the CDC Levels of Care Assessment Tool with every birthing hospital "
            "and talked through each result with hospital leaders. The state perinatal "
            "programme linked birth certificates to the assessed levels and sent each region a "
            "quarterly list of very low birth weight births at level I and II hospitals for "
            "case review. The regional centres set up a single 24-hour number for maternal and "
            "neonatal transfers and agreed a standing order so that referring hospitals start "
            "antenatal steroids before transport."
        ),
        "results": [
            {
                "measure": (
                    "Very low birth weight babies born at level III or IV hospitals (illustrative)"
                ),
                "baseline": 77.0,
                "result": 86.0,
                "unit": "%",
                "period": "2014–2017",
                "lower_is_better": False,
            },
            {
                "measure": (
                    "Transfer calls with a specialist callback within 15 minutes (illustrative)"
                ),
                "baseline": 48.0,
                "result": 90.0,
                "unit": "%",
                "period": "2016–2017",
                "lower_is_better": False,
            },
        ],
        "differently": (
            "The team first asked hospitals to rate themselves on a short state questionnaire. "
            "It did not work: nearly every hospital placed itself one level higher than the "
            "staffing and services it described in follow-up calls, so the results could not "
            "guide transfers. The national tool, together with a conversation about each "
            "result, produced levels that hospitals accepted. The team would also bring "
            "ambulance services and neonatal transport teams in from the start; in its first "
            "months the transfer line saved time on the phone but lost it waiting for "
            "transport."
        ),
        "contacts": [
            {
                "name": "Dr. Nathaniel Boone",
                "role": "Neonatologist and regional perinatal lead",
                "organisation": "Mississippi State Team",
            },
        ],
    },
    {
        "slug": "georgia-hospital-safe-sleep",
        "title": "Georgia birthing hospitals show safe sleep on every unit",
        "jurisdiction": "GA",
        "team": "georgia",
        "networks": ["safe-sleep"],
        "change_ideas": [
            "model-safe-sleep-on-maternity-units",
            "teach-back-safe-sleep-before-discharge",
            "transition-nicu-babies-to-safe-sleep",
        ],
        "summary": (
            "The Georgia state team helped participating birthing hospitals audit bassinets "
            "every month and check families' plans with teach-back, and the share of bassinets "
            "set up safely rose from 41% to 90%. The figures shown are illustrative."
        ),
        "challenge": (
            "Sleep-related deaths were a leading cause of death after the first month of life "
            "in Georgia, with higher rates among Black babies. Spot checks at several "
            "hospitals found babies asleep on their sides, with blankets and positioning rolls "
            "in the bassinet, on units that handed every family a safe sleep leaflet. Many "
            "NICU graduates went home after weeks of sleeping on their fronts."
        ),
        "what_they_did": (
            "Participating hospitals started a five-item bassinet audit on postpartum and "
            "nursery units and posted the results on each unit monthly. They swapped loose "
            "blankets for wearable blankets, trained nurses to use teach-back at discharge, "
            "and added safe sleep to NICU discharge planning with an agreed point for moving "
            "stable babies to back sleeping. The state team ran a monthly call where hospital "
            "leads compared audit results and traded fixes."
        ),
        "results": [
            {
                "measure": "Bassinets passing all five safe sleep checks (illustrative)",
                "baseline": 41.0,
                "result": 90.0,
                "unit": "%",
                "period": "2015–2017",
                "lower_is_better": False,
            },
            {
                "measure": (
                    "Families reporting the baby sleeps alone in a crib at two weeks (illustrative)"
                ),
                "baseline": 58.0,
                "result": 71.0,
                "unit": "%",
                "period": "2015–2017",
                "lower_is_better": False,
            },
        ],
        "differently": (
            "Hospitals first relied on a safe sleep pledge that parents signed at discharge. "
            "Almost every family signed, so the pledge told staff nothing about what families "
            "would actually do, and it crowded out conversation; teach-back replaced it. The "
            "team would also involve night-shift nurses earlier: day-shift audits looked good "
            "for months while night-time practice, when tired parents asked for babies to be "
            "wrapped in blankets, lagged behind."
        ),
        "equity": {
            "disparity": (
                "Safe sleep disparities: Black babies in Georgia died of sleep-related causes "
                "at a higher rate than white babies, so the hospitals serving the most Black "
                "families were asked to join first."
            ),
            "stratify": "Bassinet audits and teach-back results by the mother's race and payer.",
        },
        "contacts": [
            {
                "name": "Alicia Dunbar, RN",
                "role": "Perinatal nurse manager",
                "organisation": "Georgia State Team",
            },
        ],
    },
    {
        "slug": "guam-postpartum-contraception",
        "title": "Guam books postpartum visits and offers contraception before discharge",
        "jurisdiction": "GU",
        "team": "guam",
        "networks": ["preconception-interconception"],
        "change_ideas": [
            "offer-immediate-postpartum-larc",
            "unbundle-payment-for-immediate-postpartum-larc",
            "book-postpartum-visit-before-discharge",
        ],
        "summary": (
            "Guam's team worked with the island's Medicaid programme and a birthing hospital "
            "to pay for and offer IUDs and implants before discharge and to book every "
            "postpartum visit in hospital; attendance at postpartum visits rose from 48% to "
            "67%. The figures shown are illustrative."
        ),
        "challenge": (
            "Many mothers on Guam never came back for a postpartum visit, and short gaps "
            "between births were common. IUDs and implants were available only at a clinic "
            "visit several weeks after the birth, which many women missed, and it was unclear "
            "whether Medicaid would pay for a device placed during the delivery stay. Families "
            "who had moved to Guam from the Federated States of Micronesia and other Pacific "
            "islands also faced language barriers and, until Congress restored their Medicaid "
            "eligibility in late 2020, gaps in coverage."
        ),
        "what_they_did": (
            "The team worked with Guam's Medicaid programme to pay for IUDs and implants "
            "placed during the delivery stay separately from the delivery itself, and with the "
            "hospital pharmacy to stock implants on the postpartum unit. Prenatal clinics "
            "offered counselling built around each woman's own priorities, with interpreters "
            "for Chamorro and Chuukese speakers, so women could decide before labour. Unit "
            "clerks booked a postpartum visit before discharge, and a community health worker "
            "called each mother the week before it."
        ),
        "results": [
            {
                "measure": "Mothers with a postpartum visit within 12 weeks (illustrative)",
                "baseline": 48.0,
                "result": 67.0,
                "unit": "%",
                "period": "2019–2022",
                "lower_is_better": False,
            },
            {
                "measure": (
                    "Women who chose an IUD or implant and received it before discharge "
                    "(illustrative)"
                ),
                "baseline": 0.0,
                "result": 74.0,
                "unit": "%",
                "period": "2019–2022",
                "lower_is_better": False,
            },
        ],
        "differently": (
            "The first test offered IUD placement straight after delivery of the placenta "
            "before most clinicians had practised the technique. Several early expulsions "
            "worried staff and the test stalled; the team switched to implants, which need "
            "less training, and brought in a visiting trainer before restarting IUD placement. "
            "The team also learned to discuss contraception in the third trimester rather than "
            "during labour, when women could not weigh their options calmly."
        ),
        "contacts": [
            {
                "name": "Rosa Taitano",
                "role": "Family planning program lead",
                "organisation": "Guam Team",
            },
        ],
    },
]

KEY_INSIGHTS = [
    {
        "title": "Steer monthly tests with process measures",
        "text": (
            "Infant deaths are too rare and reported too late to guide a monthly test of "
            "change. Track process measures you can collect every month, and review mortality "
            "as pooled, multi-year rates."
        ),
        "strategy_areas": ["social-determinants"],
        "change_ideas": ["form-county-hubs-with-a-shared-aim"],
        "case_studies": ["infant-mortality-coiin-national-results", "bootheel-county-hubs"],
    },
    {
        "title": "Make the safe choice the default",
        "text": (
            "Policies that stop an early elective delivery from being booked reduce them "
            "faster than education or case review after the fact."
        ),
        "strategy_areas": ["preterm-early-term"],
        "change_ideas": [
            "adopt-a-hard-stop-policy-for-elective-deliveries",
            "require-an-indication-checklist-to-schedule",
        ],
        "case_studies": ["ohio-early-elective-deliveries"],
    },
    {
        "title": "Families copy what they see",
        "text": (
            "What nurses do with the baby in hospital teaches more than any leaflet. Audit the "
            "bassinet, not the handout."
        ),
        "strategy_areas": ["safe-sleep"],
        "change_ideas": [
            "model-safe-sleep-on-maternity-units",
            "transition-nicu-babies-to-safe-sleep",
        ],
        "case_studies": ["georgia-hospital-safe-sleep"],
    },
    {
        "title": "Let the service make the first call",
        "text": (
            "Referrals where the quitline or community agency contacts the family reach far "
            "more people than handing out a phone number. Confirm the phone number before the "
            "family leaves."
        ),
        "strategy_areas": ["smoking-cessation"],
        "change_ideas": [
            "send-electronic-quitline-referrals",
            "screen-for-social-needs-with-closed-loop-referral",
        ],
        "case_studies": ["tennessee-quitline-referrals"],
    },
    {
        "title": "Pay community partners and meet on their terms",
        "text": (
            "Community organisers and residents bring expertise the hospital lacks. Pay for "
            "their time and meet when and where they can come."
        ),
        "strategy_areas": ["social-determinants"],
        "change_ideas": ["co-lead-with-community-organisers"],
        "case_studies": ["qi-tracs-lansing-task-force"],
    },
    {
        "title": "Break down data by race from day one",
        "text": (
            "Baselines cannot be split by race and ethnicity after the fact. Build "
            "stratification into the first data collection, not the second year's."
        ),
        "strategy_areas": ["risk-appropriate-care", "social-determinants"],
        "change_ideas": ["review-severe-haemorrhage-cases-for-equity"],
        "case_studies": ["louisiana-haemorrhage-equity"],
    },
    {
        "title": "Fix payment before asking for uptake",
        "text": (
            "If offering a service loses a hospital or clinic money, it will not be offered "
            "for long. Work with Medicaid on payment early."
        ),
        "strategy_areas": ["preconception-interconception", "smoking-cessation"],
        "change_ideas": [
            "unbundle-payment-for-immediate-postpartum-larc",
            "remove-barriers-to-medicaid-cessation-coverage",
        ],
        "case_studies": ["guam-postpartum-contraception"],
    },
    {
        "title": "Check that the evidence still holds",
        "text": (
            "17P was a central CoIIN strategy, but the FDA withdrew its approval in 2023. "
            "Review your change ideas against current guidance at least once a year."
        ),
        "strategy_areas": ["preterm-early-term"],
        "change_ideas": [
            "flag-prior-preterm-birth-at-first-prenatal-visit",
            "screen-cervical-length-in-mid-pregnancy",
        ],
        "case_studies": [],
    },
    {
        "title": "Measure for every patient, not only the high-risk ones",
        "text": (
            "Many haemorrhages happen in women judged low risk, and staff who measure only "
            "occasionally never become fluent. Universal measurement is simpler and safer."
        ),
        "strategy_areas": ["risk-appropriate-care"],
        "change_ideas": ["measure-blood-loss-quantitatively"],
        "case_studies": ["louisiana-haemorrhage-equity"],
    },
    {
        "title": "Bring transport to the table",
        "text": (
            "A single transfer line shortens the phone call but not the journey. Involve "
            "ambulance services and transport teams from the start."
        ),
        "strategy_areas": ["risk-appropriate-care"],
        "change_ideas": ["set-up-a-single-call-transfer-line"],
        "case_studies": ["mississippi-levels-of-care"],
    },
    {
        "title": "Quitting in pregnancy is not the finish line",
        "text": (
            "Many mothers start smoking again within months of the birth. Plan support for the "
            "first year, including at the baby's visits."
        ),
        "strategy_areas": ["smoking-cessation"],
        "change_ideas": ["screen-parents-for-smoking-at-well-baby-visits"],
        "case_studies": [],
    },
    {
        "title": "Focus on a few areas before spreading",
        "text": (
            "CoIIN asked each team to choose one to three strategy areas. Start where your own "
            "data show the widest gap, and add more once the first changes hold."
        ),
        "strategy_areas": ["safe-sleep", "preterm-early-term", "social-determinants"],
        "change_ideas": [],
        "case_studies": ["infant-mortality-coiin-national-results"],
    },
    {
        "title": "Ask families what actually happens",
        "text": (
            "Signed pledges and satisfaction surveys told teams little. Teach-back and surveys "
            "that ask about respect showed what families really planned and experienced."
        ),
        "strategy_areas": ["safe-sleep", "social-determinants"],
        "change_ideas": [
            "teach-back-safe-sleep-before-discharge",
            "collect-birthing-parent-experience-surveys",
        ],
        "case_studies": ["georgia-hospital-safe-sleep", "qi-tracs-lansing-task-force"],
    },
]

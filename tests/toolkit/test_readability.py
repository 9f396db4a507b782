"""The reading grade editors see on the pages families read: the counting
rules and the two formulas (kernel.readability), the plain-language panel in
the admin's edit view of each family-facing page type, in the page's own
language, and the endpoint that redraws it while the editor types."""

import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale

from community.factories import UserFactory
from kernel.readability import (
    TextCounts,
    count,
    fernandez_huerta,
    fernandez_huerta_band,
    flesch_kincaid_grade,
    plain_text,
    readability,
    sentences,
    syllables_en,
    syllables_es,
    words,
)
from kernel.roles import SiteRole
from toolkit.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    ChangeIdeaPageFactory,
    DriverFactory,
    StartHerePageFactory,
    StrategyAreaPageFactory,
    ToolkitIndexPageFactory,
)
from toolkit.models import CaseStudyPage, ChangeIdeaPage, StartHerePage, StrategyAreaPage
from toolkit.readability_panel import ReadabilityPanel, page_texts, readability_panel_of

# --- Syllables ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("create", 2),  # a split "ea", in the exceptions
        ("table", 2),  # -le after a consonant is said
        ("queue", 1),
        ("little", 2),
        ("make", 1),  # silent final e
        ("jumped", 1),  # silent -ed
        ("wanted", 2),  # -ted is said
        ("pages", 2),  # -ges is said
        ("makes", 1),
        ("safely", 2),  # silent e before a suffix
        ("going", 2),
        ("media", 3),
        ("breastfeeding", 3),
        ("postpartum", 3),
        ("didn't", 2),
        ("don't", 1),
        ("sleep-related", 4),
        ("CDC", 3),  # said letter by letter
        ("2028", 4),  # a number: a syllable a digit, at most four
    ],
)
def test_english_syllables(word, expected):
    assert syllables_en(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ahora", 3),  # the h does not join a-o: a-ho-ra
        ("guion", 1),  # a triphthong (u-i-o), one syllable as the RAE's 2010 spelling has it
        ("país", 2),  # an accented í beside a: hiatus, pa-ís
        ("ciudad", 2),  # two closed vowels: a diphthong, ciu-dad
        ("lactancia", 3),  # lac-tan-cia
        ("día", 2),
        ("leer", 2),  # two open vowels: le-er
        ("poesía", 4),
        ("cuidado", 3),
        ("Uruguay", 3),
        ("hoy", 1),  # final y is a vowel
        ("leyes", 2),  # y before a vowel is a consonant
        ("quiero", 2),
        ("bebé", 2),
        ("embarazo", 4),
    ],
)
def test_spanish_syllables(word, expected):
    assert syllables_es(word) == expected


# --- Sentences, words and HTML ------------------------------------------------


def test_sentences_end_at_full_stops_blocks_and_lines_but_not_abbreviations():
    text = plain_text(
        "<h2>Safe sleep</h2><p>Dr. Smith met the U.S. team. They agreed, e.g. on cribs! "
        "Next?</p><ul><li>One crib</li><li>Two &amp; three</li></ul>"
    )
    assert sentences(text) == [
        "Safe sleep",
        "Dr. Smith met the U.S. team.",
        "They agreed, e.g. on cribs!",
        "Next?",
        "One crib",
        "Two & three",
    ]
    assert sentences("¿Qué es? Es fácil. EE. UU. tiene estados… Vale.") == [
        "¿Qué es?",
        "Es fácil.",
        "EE. UU. tiene estados…",
        "Vale.",
    ]


def test_words_keep_apostrophes_hyphens_and_numbers_together():
    assert words("Don’t use sleep-related cribs in 2028 (20%), or 1,000.") == [
        "Don’t",
        "use",
        "sleep-related",
        "cribs",
        "in",
        "2028",
        "20%",
        "or",
        "1,000",
    ]


def test_html_is_ignored():
    marked_up = (
        '<p data-block-key="x1">Put your <b>baby</b> to sleep on '
        '<a href="https://example.org/a-very-long-address-with-many-words">its back</a>.</p>'
        "<script>var ignored = 'many long complicated words';</script>"
        "<p>Keep soft toys out&nbsp;of the crib.</p>"
    )
    plain = "Put your baby to sleep on its back.\nKeep soft toys out of the crib."
    assert count(marked_up, "en") == count(plain, "en") == TextCounts(15, 2, 16)
    assert readability(marked_up, "en") == readability(plain, "en")


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("text", ["", "   ", "<p></p>", "<p>&nbsp;</p>", "…", [], ["", "<br>"]])
def test_empty_text_is_safe(text, language):
    result = readability(text, language)
    assert result.counts == TextCounts(0, 0, 0)
    assert not result.graded
    assert result.score is None and result.grade is None and result.meets_target is None
    assert flesch_kincaid_grade(result.counts) == 0
    assert fernandez_huerta(result.counts) == 0


# --- The formulas on known texts ----------------------------------------------


SIMPLE_ENGLISH = (
    "Put your baby to sleep on its back. Use a firm, flat bed with no pillows. "
    "Keep soft toys out of the crib. Share your room, not your bed."
)
# By hand: 8 + 8 + 7 + 6 = 29 words in 4 sentences, 31 syllables ("baby" and
# "pillows" have two, every other word one). Flesch–Kincaid:
# 0.39 × 29/4 + 11.8 × 31/29 − 15.59 = 2.8275 + 12.6138 − 15.59 = −0.15.
SIMPLE_ENGLISH_GRADE = -0.15

HARDER_ENGLISH = (
    "Breastfeeding protects babies from many common infections. Mothers who receive "
    "support in the hospital are more likely to continue. Nurses should explain the "
    "benefits before discharge."
)
# By hand: 7 + 12 + 7 = 26 words in 3 sentences; syllables 15 (breast-feed-ing 3,
# pro-tects 2, ba-bies 2, from 1, man-y 2, com-mon 2, in-fec-tions 3) + 20
# (moth-ers 2, who 1, re-ceive 2, sup-port 2, in 1, the 1, hos-pi-tal 3, are 1,
# more 1, like-ly 2, to 1, con-tin-ue 3) + 13 (nur-ses 2, should 1, ex-plain 2,
# the 1, ben-e-fits 3, be-fore 2, dis-charge 2) = 48. Flesch–Kincaid:
# 0.39 × 26/3 + 11.8 × 48/26 − 15.59 = 3.38 + 21.7846 − 15.59 = 9.57.
HARDER_ENGLISH_GRADE = 9.57


def test_flesch_kincaid_on_a_simple_english_paragraph():
    result = readability(SIMPLE_ENGLISH, "en")
    assert result.counts == TextCounts(words=29, sentences=4, syllables=31)
    assert result.formula == "flesch-kincaid"
    assert result.score == pytest.approx(SIMPLE_ENGLISH_GRADE, abs=0.5)
    assert result.meets_target is True
    assert result.label == "grade 1 or below"


def test_flesch_kincaid_on_a_harder_english_paragraph():
    result = readability(HARDER_ENGLISH, "en")
    assert result.counts == TextCounts(words=26, sentences=3, syllables=48)
    assert result.score == pytest.approx(HARDER_ENGLISH_GRADE, abs=0.5)
    assert result.grade == result.score
    assert result.label == f"grade {result.score:.1f}"
    assert result.meets_target is False


SIMPLE_SPANISH = (
    "La lactancia materna protege al bebé. Dé el pecho a su bebé cuando tenga hambre. "
    "Pida ayuda en el hospital si le duele."
)
# By hand: 6 + 9 + 8 = 23 words in 3 sentences; syllables 13 (la 1, lac-tan-cia 3,
# ma-ter-na 3, pro-te-ge 3, al 1, be-bé 2) + 14 (dé 1, el 1, pe-cho 2, a 1, su 1,
# be-bé 2, cuan-do 2, ten-ga 2, ham-bre 2) + 14 (pi-da 2, a-yu-da 3, en 1, el 1,
# hos-pi-tal 3, si 1, le 1, due-le 2) = 41. Fernández-Huerta, P = 100 × 41/23 =
# 178.26 syllables per 100 words, 23/3 = 7.67 words per sentence:
# 206.84 − 0.60 × 178.26 − 1.02 × 7.67 = 206.84 − 106.96 − 7.82 = 92.06: grade 4.
SIMPLE_SPANISH_SCORE = 92.06

HARD_SPANISH = (
    "La implementación sistemática de intervenciones multidisciplinarias en las unidades "
    "de cuidados intensivos neonatales requiere la participación coordinada de "
    "profesionales, administradores hospitalarios y organizaciones comunitarias."
)
# By hand: 24 words, one sentence, 86 syllables: P = 358.33, so
# 206.84 − 215.00 − 1.02 × 24 = −32.64: university.
HARD_SPANISH_SCORE = -32.64


def test_fernandez_huerta_on_a_simple_spanish_paragraph():
    result = readability(SIMPLE_SPANISH, "es")
    assert result.counts == TextCounts(words=23, sentences=3, syllables=41)
    assert result.formula == "fernandez-huerta"
    assert result.score == pytest.approx(SIMPLE_SPANISH_SCORE, abs=0.5)
    assert (result.grade, result.label, result.meets_target) == (4, "grade 4", True)


def test_fernandez_huerta_on_a_hard_spanish_paragraph():
    result = readability(HARD_SPANISH, "es")
    assert result.counts == TextCounts(words=24, sentences=1, syllables=86)
    assert result.score == pytest.approx(HARD_SPANISH_SCORE, abs=0.5)
    assert (result.label, result.meets_target) == ("university", False)


def test_shorter_sentences_read_easier_in_both_languages():
    """Fernández-Huerta's F is taken as words per sentence (see the module):
    splitting a sentence raises the score, as in Flesch's formula."""
    long = "El bebé duerme boca arriba en su cuna y la mamá duerme cerca de él."
    short = "El bebé duerme boca arriba en su cuna. La mamá duerme cerca de él."
    assert readability(short, "es").score > readability(long, "es").score
    long_en = "The baby sleeps on its back in a crib and the mother sleeps in the same room."
    short_en = "The baby sleeps on its back in a crib. The mother sleeps in the same room."
    assert readability(short_en, "en").score < readability(long_en, "en").score


@pytest.mark.parametrize(
    ("score", "grade", "key", "meets"),
    [
        (100, 4, "grade-4", True),
        (90, 4, "grade-4", True),
        (89.9, 5, "grade-5", True),
        (80, 5, "grade-5", True),
        (70, 6, "grade-6", True),
        (69.9, 8, "grades-7-8", True),
        (60, 8, "grades-7-8", True),
        (59.9, 10, "some-high-school", False),
        (50, 10, "some-high-school", False),
        (30, 12, "high-school", False),
        (29.9, 13, "university", False),
        (-40, 13, "university", False),
    ],
)
def test_fernandez_huerta_table(score, grade, key, meets):
    band = fernandez_huerta_band(score)
    assert (band.grade, band.key) == (grade, key)
    assert (score >= 60) is meets


def test_the_page_language_picks_the_formula():
    assert readability(SIMPLE_SPANISH, "es-mx").formula == "fernandez-huerta"
    assert readability(SIMPLE_ENGLISH, "en-us").formula == "flesch-kincaid"
    assert readability(SIMPLE_ENGLISH, "fr").formula == "flesch-kincaid"


# --- The panel in the admin ---------------------------------------------------


@pytest.fixture
def editor(db):
    user = UserFactory(username="editor")
    user.groups.add(Group.objects.get(name=SiteRole.EDITOR.value))
    return user


@pytest.fixture
def moderator(db):
    user = UserFactory(username="moderator")
    user.groups.add(Group.objects.get(name=SiteRole.MODERATOR.value))
    return user


@pytest.fixture
def pages(home_page):
    index = ToolkitIndexPageFactory(parent=home_page)
    start = StartHerePageFactory(
        parent=index,
        intro="<p>Start here.</p>",
        steps=[
            (
                "step",
                {
                    "title": "Find your area",
                    "body": "<p>Pick the <b>strategy area</b> that fits your team.</p>",
                    "link_label": "See the areas",
                },
            )
        ],
    )
    area = StrategyAreaPageFactory(
        parent=index, slug="safe-sleep", title="Safe sleep", overview="<p>Babies sleep safe.</p>"
    )
    primary = DriverFactory(strategy_area=area, title="Hospitals model safe sleep")
    driver = DriverFactory(strategy_area=area, parent=primary, title="Cribs are checked")
    idea = ChangeIdeaPageFactory(
        parent=area,
        slug="crib-audits",
        title="Crib audits",
        driver=driver,
        watch_for=[("item", "Nurses who skip the audit on busy nights.")],
    )
    studies = CaseStudyIndexPageFactory(parent=home_page)
    study = CaseStudyPageFactory(parent=studies, slug="ohio-cribs", title="Ohio audits its cribs")
    return {"start": start, "area": area, "idea": idea, "study": study}


def edit_view(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("name", ["start", "area", "idea", "study"])
def test_the_panel_shows_the_grade_in_the_edit_view(client, editor, pages, name):
    client.force_login(editor)
    body = edit_view(client, pages[name])
    assert "Plain language" in body
    assert "Aim for grade 8 or below" in body
    assert "Reading grade: grade" in body
    assert "Flesch–Kincaid grade level:" in body
    assert "Fernández-Huerta score:" not in body
    assert reverse("toolkit_readability", args=[pages[name].pk]) in body
    assert "js/readability.js" in body


def test_a_spanish_page_is_graded_with_the_spanish_formula(client, editor, pages):
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    idea_es = pages["idea"].copy_for_translation(spanish, copy_parents=True)
    idea_es.title = "Revisión de cunas"
    idea_es.summary = "Enseñe a cada familia a acostar al bebé boca arriba."
    idea_es.why_it_works = "<p>Las familias copian lo que hacen las enfermeras.</p>"
    idea_es.save_revision()
    client.force_login(editor)
    body = edit_view(client, idea_es)
    assert "Fernández-Huerta score:" in body
    assert "This page is in Spanish" in body
    assert "Flesch–Kincaid grade level:" not in body
    # The editor's own language (English here) is the panel's language.
    assert "Reading grade:" in body


def test_the_panel_grades_only_the_page_s_main_text(pages):
    start = StartHerePage.objects.get(pk=pages["start"].pk)
    texts = page_texts(start, readability_panel_of(StartHerePage).fields)
    assert texts == [
        "Start here",
        "<p>Start here.</p>",
        "Find your area",
        "<p>Pick the <b>strategy area</b> that fits your team.</p>",
        "See the areas",
    ]
    idea = ChangeIdeaPage.objects.get(pk=pages["idea"].pk)
    texts = page_texts(idea, readability_panel_of(ChangeIdeaPage).fields)
    assert "Nurses who skip the audit on busy nights." in texts
    assert idea.pdsa_plan in texts


def test_each_family_facing_page_type_has_the_panel():
    for model in (StartHerePage, StrategyAreaPage, ChangeIdeaPage, CaseStudyPage):
        panel = readability_panel_of(model)
        assert isinstance(panel, ReadabilityPanel), model
        assert panel.fields[0] == "title"


def test_the_panel_shows_on_a_new_page_before_any_text(client, editor, pages):
    client.force_login(editor)
    response = client.get(
        reverse("wagtailadmin_pages:add", args=["toolkit", "changeideapage", pages["area"].pk])
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Add some text to see its reading grade." in body
    assert (
        reverse("toolkit_readability_new", args=["toolkit", "changeideapage", pages["area"].pk])
        in body
    )


# --- The endpoint the panel's script posts to ---------------------------------


def draftail(text):
    """A rich-text field as the editor's form posts it (Draftail's content state)."""
    block = {
        "key": "a1b2c",
        "text": text,
        "type": "unstyled",
        "depth": 0,
        "inlineStyleRanges": [],
        "entityRanges": [],
    }
    return json.dumps({"blocks": [block], "entityMap": {}})


def idea_form(**extra):
    return {
        "title": "Crib audits",
        "summary": HARDER_ENGLISH,
        "why_it_works": draftail("Parents copy what they see nurses do."),
        "watch_for-count": "1",
        "watch_for-0-type": "item",
        "watch_for-0-value": "Busy nights.",
        "watch_for-0-deleted": "",
        "watch_for-0-order": "0",
        "watch_for-0-id": "",
        **extra,
    }


def test_the_endpoint_grades_the_text_as_posted(client, editor, pages):
    client.force_login(editor)
    url = reverse("toolkit_readability", args=[pages["idea"].pk])
    answer = client.post(url, idea_form()).json()
    expected = readability(
        ["Crib audits", HARDER_ENGLISH, "Parents copy what they see nurses do.", "Busy nights."],
        "en",
    )
    assert answer["formula"] == "flesch-kincaid"
    assert answer["score"] == expected.score
    assert answer["words"] == expected.counts.words
    assert answer["meets_target"] is expected.meets_target
    assert f"Reading grade: {expected.label}" in answer["html"]


def test_the_endpoint_grades_a_spanish_page_in_spanish(client, editor, pages):
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    area_es = pages["area"].copy_for_translation(spanish, copy_parents=True)
    client.force_login(editor)
    answer = client.post(
        reverse("toolkit_readability", args=[area_es.pk]),
        {"title": "Sueño seguro", "aim": SIMPLE_SPANISH, "overview": draftail("")},
    ).json()
    assert (answer["language"], answer["formula"]) == ("es", "fernandez-huerta")
    assert "Fernández-Huerta score:" in answer["html"]


def test_the_endpoint_grades_a_page_not_yet_saved(client, editor, pages):
    client.force_login(editor)
    url = reverse("toolkit_readability_new", args=["toolkit", "changeideapage", pages["area"].pk])
    answer = client.post(url, idea_form(title="A new idea")).json()
    assert answer["formula"] == "flesch-kincaid" and answer["words"] > 0


def test_the_endpoint_refuses_those_who_may_not_edit_the_page(client, moderator, pages):
    url = reverse("toolkit_readability", args=[pages["idea"].pk])
    assert client.post(url, idea_form()).status_code == 302  # not signed in: to the login
    client.force_login(moderator)  # in the admin, but edits no pages
    assert client.post(url, idea_form()).status_code == 403
    new = reverse("toolkit_readability_new", args=["toolkit", "changeideapage", pages["area"].pk])
    assert client.post(new, idea_form()).status_code == 403
    client.force_login(UserFactory(username="member"))  # no admin at all
    assert client.post(url, idea_form()).status_code in (302, 403)


def test_the_endpoint_refuses_bad_input(client, editor, pages):
    client.force_login(editor)
    url = reverse("toolkit_readability", args=[pages["idea"].pk])
    assert client.get(url).status_code == 405
    nothing = client.post(url, {"unrelated": "field"})
    assert nothing.status_code == 400
    assert "posted" in nothing.json()["error"]
    # A StreamField that says it has two blocks and sends none.
    broken = client.post(url, {"title": "Crib audits", "watch_for-count": "2"})
    assert broken.status_code == 400
    not_json = client.post(url, {"title": "Crib audits", "why_it_works": "<p>not JSON</p>"})
    assert not_json.status_code == 400
    index = pages["area"].get_parent()
    no_panel = client.post(reverse("toolkit_readability", args=[index.pk]), {"title": "Toolkit"})
    assert no_panel.status_code == 400
    unknown = reverse("toolkit_readability_new", args=["toolkit", "nosuchpage", index.pk])
    assert client.post(unknown, {"title": "x"}).status_code == 400
    not_a_page = reverse("toolkit_readability_new", args=["toolkit", "driver", index.pk])
    assert client.post(not_a_page, {"title": "x"}).status_code == 400
    missing = reverse("toolkit_readability", args=[999999])
    assert client.post(missing, idea_form()).status_code == 404

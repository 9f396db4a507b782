"""WebVTT, SRT and pasted transcripts, good and broken."""

import pytest

from webinars.captions import (
    CaptionError,
    Cue,
    clock,
    format_timestamp,
    parse_captions,
    parse_pasted_transcript,
    parse_srt,
    parse_webvtt,
    to_webvtt,
)

VTT = """WEBVTT
Kind: captions

NOTE written by hand

intro
00:00:00.000 --> 00:00:04.500 align:start
Welcome, everyone.

00:04.500 --> 00:09.000
<v Helen>Today we talk about safe sleep.</v>
"""


def test_webvtt_with_header_notes_ids_settings_and_voice_tags():
    assert parse_webvtt(VTT) == [
        Cue(0.0, 4.5, "Welcome, everyone."),
        Cue(4.5, 9.0, "Today we talk about safe sleep."),
    ]


def test_byte_order_mark_and_windows_line_endings():
    text = "\ufeff" + VTT.replace("\n", "\r\n")
    assert len(parse_captions(text)) == 2


def test_hours_may_be_left_out_and_long_talks_keep_them():
    cues = parse_webvtt(
        "WEBVTT\n\n12:34.000 --> 12:40.250\nLater on.\n\n"
        "01:02:03.000 --> 01:02:04.000\nMuch later.\n"
    )
    assert [c.start for c in cues] == [754.0, 3723.0]
    assert cues[0].end == 760.25


def test_overlapping_cues_are_kept_in_time_order():
    text = "WEBVTT\n\n00:05.000 --> 00:09.000\nSecond\n\n00:01.000 --> 00:06.000\nFirst\n"
    assert [c.text for c in parse_webvtt(text)] == ["First", "Second"]


def test_missing_blank_lines_between_cues():
    vtt = "WEBVTT\n00:01.000 --> 00:02.000\nOne\n00:02.000 --> 00:03.000\nTwo\n"
    assert [c.text for c in parse_webvtt(vtt)] == ["One", "Two"]
    srt = "1\n00:00:01,000 --> 00:00:02,000\nOne\n2\n00:00:02,000 --> 00:00:03,000\nTwo\n"
    assert [c.text for c in parse_srt(srt)] == ["One", "Two"]


def test_srt_with_commas_and_multi_line_text():
    srt = (
        "1\r\n00:00:01,000 --> 00:00:03,500\r\nFirst line\r\nsecond line\r\n\r\n"
        "2\r\n00:00:04,000 --> 00:00:05,000\r\nNext\r\n"
    )
    cues = parse_captions(srt)
    assert cues[0] == Cue(1.0, 3.5, "First line second line")
    assert cues[1].start == 4.0


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("", 1, "empty"),
        ("WEBVTT\n\n", 1, "no cues"),
        ("WEBVTX\n\n00:01.000 --> 00:02.000\nHi\n", 1, "WebVTT file must start"),
        (
            "WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n\n00:03.000 -> 00:04.000\nBroken arrow\n",
            6,
            "timing line",
        ),
        (
            "WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n\n00:03.000 --> 00:61.000\nBad seconds\n",
            6,
            "above 59",
        ),
        ("WEBVTT\n\n00:05.000 --> 00:02.000\nBackwards\n", 3, "ends before it starts"),
        ("1\n00:00:01,000 --> 00:00:02,000\n\n", 3, "no text"),
        ("WEBVTT\n\n00:01 --> 00:02.000\nNo millis\n", 3, "is not a time"),
    ],
)
def test_broken_files_name_the_line(text, line, message):
    with pytest.raises(CaptionError) as caught:
        parse_captions(text)
    assert caught.value.line == line
    assert message in str(caught.value) and str(caught.value).startswith(f"Line {line}:")


def test_pasted_transcript_lines_with_times():
    cues = parse_pasted_transcript("0:00 Welcome.\n[01:30] Why safe sleep?\n\n12:34 - Questions.\n")
    assert [(c.start, c.end, c.text) for c in cues] == [
        (0.0, 90.0, "Welcome."),
        (90.0, 754.0, "Why safe sleep?"),
        (754.0, 764.0, "Questions."),
    ]
    with pytest.raises(CaptionError, match="Line 2: start the line with its time"):
        parse_pasted_transcript("0:00 Fine\nno time here\n")


def test_a_pasted_transcript_may_be_webvtt():
    assert len(parse_pasted_transcript(VTT)) == 2


def test_round_trip_and_clock():
    cues = parse_webvtt(VTT)
    assert parse_webvtt(to_webvtt(cues)) == cues
    assert format_timestamp(754.5) == "00:12:34.500"
    assert (clock(754), clock(3754), clock(5)) == ("12:34", "1:02:34", "0:05")

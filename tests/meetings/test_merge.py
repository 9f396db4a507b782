"""Two members' edits of the same notes: merged line by line, never lost."""

from meetings.merge import merge

BASE = "Attendance: 9\nBaby shower: 14 families\nNext: church outreach"


def test_edits_to_different_lines_merge():
    theirs = BASE.replace("9", "11")
    mine = BASE.replace("church outreach", "church outreach with two pastors")
    assert merge(BASE, theirs, mine) == (
        "Attendance: 11\nBaby shower: 14 families\nNext: church outreach with two pastors"
    )


def test_two_members_adding_at_the_end_keep_both_the_earlier_first():
    theirs = BASE + "\nCrib distribution: 6 cribs"
    mine = BASE + "\nTransport vouchers ran out"
    assert merge(BASE, theirs, mine) == theirs + "\nTransport vouchers ran out"


def test_changing_the_same_line_differently_cannot_merge():
    assert merge(BASE, BASE.replace("14", "15"), BASE.replace("14", "16")) is None


def test_the_same_edit_twice_is_one_edit():
    same = BASE.replace("9", "10")
    assert merge(BASE, same, same) == same
    assert merge(BASE, BASE, same) == same
    assert merge(BASE, same, BASE) == same


def test_an_insertion_inside_a_replaced_stretch_clashes():
    theirs = "Attendance: 9\nA new line\nBaby shower: 14 families\nNext: church outreach"
    mine = "Attendance: 9\nNext: church outreach"  # removed the line theirs sits before
    assert merge(BASE, theirs, mine) is not None  # at its edge: both kept
    mine_replaced = "Totally rewritten"
    assert merge(BASE, theirs, mine_replaced) is None


def test_an_insertion_where_the_other_replaced_lines_keeps_both():
    assert merge("a\nb\nc", "a\nb\nC2", "a\nb\nX\nc") == "a\nb\nX\nC2"
    base = "a\nb\nc\nd\ne"
    theirs = "a\nb\nY\ne"  # c and d replaced by Y
    mine = "a\nb\nX\nc\nd\ne"  # X inserted before c
    assert merge(base, theirs, mine) == "a\nb\nX\nY\ne"

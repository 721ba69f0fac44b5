from django import forms
from django.test.html import parse_html

from hub.widgets import FilterSelect

CHOICES = [
    ("", "any"),
    ("a<b", "A & B"),
    ("zdravje", "Zdravje in sociala"),
    ("Skupina", [("g1", "Prvi"), ("g2", "Drugi")]),
]


def test_filter_select_matches_django_select():
    attrs = {"id": "id_topic", "aria-describedby": "id_topic_helptext"}
    for value in ["", "zdravje", "g2", "a<b", None, "not-a-choice"]:
        expected = forms.Select(choices=CHOICES).render("topic", value, attrs)
        written = FilterSelect(choices=CHOICES).render("topic", value, attrs)

        assert parse_html(written) == parse_html(expected), value


def test_filter_select_escapes_choices():
    written = FilterSelect(choices=[("<x>", "<script>alert(1)</script>")]).render("q", "<x>")

    assert "<script>" not in written
    assert 'value="&lt;x&gt;" selected' in written

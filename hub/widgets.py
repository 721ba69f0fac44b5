"""Form widgets for public listing pages, rendered in Python.

Django renders a ``<select>`` through two templates per option, which costs a
listing page with eighty filter options more time than its database queries.
``FilterSelect`` writes the same markup directly from the widget's context.
"""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


def _options_html(options):
    return format_html_join(
        "",
        "<option{}>{}</option>",
        (
            (flatatt({"value": str(option["value"]), **option["attrs"]}), option["label"])
            for option in options
        ),
    )


class FilterSelect(forms.Select):
    """A ``Select`` with the same markup as Django's, written without templates."""

    def render(self, name, value, attrs=None, renderer=None):
        context = self.get_context(name, value, attrs)["widget"]
        groups = format_html_join(
            "",
            "{}",
            (
                (
                    format_html(
                        '<optgroup label="{}">{}</optgroup>', group_name, _options_html(options)
                    )
                    if group_name
                    else _options_html(options),
                )
                for group_name, options, _index in context["optgroups"]
            ),
        )
        return format_html(
            "<select{}>{}</select>", flatatt({"name": name, **context["attrs"]}), groups
        )

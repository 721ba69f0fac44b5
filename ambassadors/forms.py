from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import NOTE_LIMIT, Activity

MOTIVATION_HELP = _(
    "Why this person fits the role: their work, projects and the people they reach."
)


class NominationForm(forms.Form):
    """A representative names a colleague by email, so no hidden member is ever listed."""

    email = forms.EmailField(
        label=_("Your colleague's email address"),
        help_text=_("The address your colleague uses to sign in to the hub."),
    )
    motivation = forms.CharField(
        label=_("Why do you nominate them?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=NOTE_LIMIT,
        help_text=MOTIVATION_HELP,
    )
    focus_areas = forms.CharField(
        label=_("Focus areas"),
        required=False,
        max_length=250,
        help_text=_("Topics separated by commas, for example: digital services, health."),
    )


class ApplicationForm(forms.Form):
    motivation = forms.CharField(
        label=_("Why would you like to be an ambassador?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=NOTE_LIMIT,
    )
    focus_areas = forms.CharField(
        label=_("Focus areas"),
        required=False,
        max_length=250,
        help_text=_("Topics separated by commas, for example: digital services, health."),
    )


class ActivityForm(forms.ModelForm):
    """An entry the ambassador adds to their own log."""

    kind = forms.ChoiceField(label=_("Kind"), choices=Activity.Kind.choices)

    class Meta:
        model = Activity
        fields = ["kind", "occurred_on", "title", "note"]
        widgets = {
            "occurred_on": forms.DateInput(attrs={"type": "date"}),
            "note": forms.Textarea(attrs={"rows": 3}),
        }

    def clean_occurred_on(self):
        occurred_on = self.cleaned_data["occurred_on"]
        if occurred_on > timezone.localdate():
            raise forms.ValidationError(_("Log activities once they have taken place."))
        return occurred_on

from django import forms
from django.utils.translation import gettext_lazy as _
from taggit.forms import TagField
from wagtail.models import Locale

from community.choices import Language, Region, Sector
from hub.models import MethodPage

from .choices import ExperienceLevel
from .models import MOTIVATION_LIMIT, FacilitatorProfile


class FacilitatorProfileForm(forms.ModelForm):
    """A member's facilitator profile; new profiles start from their member profile."""

    skills = TagField(
        label=_("Facilitation skills"),
        required=False,
        help_text=_("Separated by commas, for example: service design, data analysis."),
    )
    methods = forms.ModelMultipleChoiceField(
        label=_("Methods from the methods library"),
        queryset=MethodPage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    other_methods = TagField(
        label=_("Other methods"),
        required=False,
        help_text=_("Methods that are not in the library yet, separated by commas."),
    )
    topics = TagField(
        label=_("Topics"),
        required=False,
        help_text=_("Policy areas you know, separated by commas, for example: health, mobility."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages you facilitate in"),
        choices=Language.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one language you facilitate in.")},
    )
    regions = forms.MultipleChoiceField(
        label=_("Regions where you can work in person"),
        choices=Region.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = FacilitatorProfile
        fields = [
            "is_active",
            "kind",
            "level",
            "skills",
            "methods",
            "other_methods",
            "topics",
            "languages",
            "regions",
            "works_online",
            "hours_per_month",
            "max_concurrent",
            "unavailable_until",
            "weekly_suggestions",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "level": forms.RadioSelect,
            "unavailable_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, member=None, **kwargs):
        super().__init__(*args, **kwargs)
        locale = Locale.get_active()
        self.fields["methods"].queryset = MethodPage.objects.live().filter(locale=locale)
        self.fields["level"].help_text = _(
            "Learners join teams to learn; practitioners and leads may lead a team."
        )
        if self.instance.pk:
            self.initial["skills"] = self.instance.skills.all()
            self.initial["other_methods"] = self.instance.other_methods.all()
            self.initial["topics"] = self.instance.topics.all()
            keys = self.instance.methods.values("translation_key")
            self.initial["methods"] = list(
                self.fields["methods"].queryset.filter(translation_key__in=keys)
            )
        elif member is not None:
            self.initial["languages"] = [item.code for item in member.languages.all()] or ["sl"]
            self.initial["regions"] = [member.region] if member.region else []
            self.initial["kind"] = "internal" if member.sector == Sector.PUBLIC else "external"
            self.initial["level"] = ExperienceLevel.PRACTITIONER

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("regions") and not cleaned.get("works_online"):
            raise forms.ValidationError(
                _("Choose at least one region where you can work, or tick “works online”.")
            )
        return cleaned


class VolunteerForm(forms.Form):
    motivation = forms.CharField(
        label=_("Why do you want to help with this challenge?"),
        max_length=MOTIVATION_LIMIT,
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": MOTIVATION_LIMIT}),
        help_text=_("A few sentences for hub staff, at most 1000 characters."),
        error_messages={"required": _("Please write a few words on why you want to help.")},
    )
    facilitator = forms.IntegerField(widget=forms.HiddenInput, required=False)


class TeamForm(forms.Form):
    """Staff's choice of a team; ``choices_by_role`` maps each seat to a queryset of profiles."""

    lead = forms.ModelChoiceField(
        label=_("Lead facilitator"), queryset=FacilitatorProfile.objects.none()
    )
    co_facilitator = forms.ModelChoiceField(
        label=_("Co-facilitator"), queryset=FacilitatorProfile.objects.none()
    )
    learner = forms.ModelChoiceField(
        label=_("Learner"),
        queryset=FacilitatorProfile.objects.none(),
        required=False,
        empty_label=_("No learner"),
    )
    note = forms.CharField(
        label=_("Note for the public timeline"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, choices_by_role=None, **kwargs):
        super().__init__(*args, **kwargs)
        for role, profiles in (choices_by_role or {}).items():
            field = self.fields[role]
            field.queryset = profiles.select_related("user__profile").order_by(
                "user__profile__display_name", "pk"
            )
            field.label_from_instance = _profile_label

    def clean(self):
        cleaned = super().clean()
        chosen = [cleaned.get(role) for role in ("lead", "co_facilitator", "learner")]
        chosen = [profile.pk for profile in chosen if profile is not None]
        if len(chosen) != len(set(chosen)):
            raise forms.ValidationError(_("Each person can take only one seat in a team."))
        return cleaned


def _profile_label(profile):
    member = getattr(profile.user, "profile", None)
    return member.display_name if member else profile.user.email

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from taggit.forms import TagField

from .choices import Language, Visibility
from .models import MemberProfile, Organisation
from .services import create_profile

VISIBILITY_HELP = {
    Visibility.EVERYONE: _("Anyone on the internet, including search engines."),
    Visibility.MEMBERS: _("Only signed-in members of the hub."),
    Visibility.NOBODY: _("Nobody but you and hub staff; you do not appear in the directory."),
}


class SignupForm(forms.Form):
    """Fields django-allauth adds to its sign-up form; it calls ``signup`` after saving the user."""

    display_name = forms.CharField(label=_("Your name as other members see it"), max_length=120)
    visibility = forms.ChoiceField(
        label=_("Who may see your profile"),
        choices=Visibility.choices,
        initial=Visibility.MEMBERS,
        widget=forms.RadioSelect,
        help_text=_("You can change this, and each contact detail, at any time."),
    )
    accept_terms = forms.BooleanField(
        label=_("I have read the privacy notice and accept the terms of use."),
        error_messages={"required": _("Please accept the terms of use to create an account.")},
    )

    field_order = ["display_name", "email", "password1", "password2", "visibility"]

    def signup(self, request, user):
        create_profile(
            user,
            display_name=self.cleaned_data["display_name"],
            visibility=self.cleaned_data["visibility"],
        )


class ProfileForm(forms.ModelForm):
    """Everything a member may change about their profile and who sees it."""

    languages = forms.MultipleChoiceField(
        label=_("Languages you work in"),
        choices=Language.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    expertise = TagField(
        label=_("Expertise"),
        required=False,
        help_text=_("Fields you know well, separated by commas."),
    )
    interests = TagField(
        label=_("Interests"),
        required=False,
        help_text=_("Topics you would like to learn about or work on, separated by commas."),
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.filter(verified=True),
        required=False,
        empty_label=_("Not listed or none"),
    )
    proposed_organisation = forms.CharField(
        label=_("Propose an organisation that is not listed"),
        max_length=200,
        required=False,
        help_text=_("Hub staff check new organisations before they appear in the directory."),
    )

    class Meta:
        model = MemberProfile
        fields = [
            "display_name",
            "headline",
            "bio",
            "photo",
            "organisation",
            "proposed_organisation",
            "role",
            "sector",
            "region",
            "languages",
            "expertise",
            "interests",
            "open_to_mentoring",
            "open_to_facilitation",
            "open_to_speaking",
            "open_to_collaboration",
            "visibility",
            "phone",
            "phone_visibility",
            "website",
            "website_visibility",
            "linkedin",
            "linkedin_visibility",
            "mastodon",
            "mastodon_visibility",
        ]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 6, "maxlength": 2000}),
            "visibility": forms.RadioSelect,
            "photo": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["languages"] = [item.code for item in self.instance.languages.all()]
            self.initial["expertise"] = self.instance.expertise.all()
            self.initial["interests"] = self.instance.interests.all()
        self.fields["visibility"].help_text = " ".join(
            f"{label}: {VISIBILITY_HELP[value]}" for value, label in Visibility.choices
        )
        self.fields["photo"].error_messages["invalid_image"] = _(
            "The file is not a photo we can read. Please upload a JPEG, PNG or WebP image."
        )
        for field in self.fields.values():
            if isinstance(field.widget, forms.Select | forms.TextInput | forms.URLInput):
                field.widget.attrs.setdefault("class", "input")

    def clean_proposed_organisation(self):
        return " ".join(self.cleaned_data["proposed_organisation"].split())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("organisation") and cleaned.get("proposed_organisation"):
            self.add_error(
                "proposed_organisation",
                _("Choose an organisation from the list or propose a new one, not both."),
            )
        for name in ("expertise", "interests"):
            tags = cleaned.get(name) or []
            if len(tags) > 20:
                self.add_error(name, _("Please list at most 20 tags."))
            if any(len(tag) > 60 for tag in tags):
                self.add_error(name, _("Each tag can be at most 60 characters long."))
        return cleaned

    @transaction.atomic
    def save(self, commit=True):
        from .services import save_profile

        return save_profile(self.instance, self.cleaned_data, changed=self.changed_data)

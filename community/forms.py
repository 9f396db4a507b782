from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import (
    AuthenticationForm,
    PasswordChangeForm,
    PasswordResetForm,
    SetPasswordForm,
    UsernameField,
)
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from community import avatars
from community.models import Membership, Profile
from kernel import throttle
from kernel.forms import PlainLabels

User = get_user_model()


class SignUpForm(PlainLabels, forms.Form):
    display_name = forms.CharField(
        max_length=120, label=_("Your name"), help_text=_("As your colleagues know you.")
    )
    email = forms.EmailField(label=_("Email"), help_text=_("We send a link to confirm it."))
    username = forms.RegexField(
        regex=r"^[a-z0-9][a-z0-9._-]{1,29}$",
        max_length=30,
        label=_("Username"),
        help_text=_(
            "2–30 characters: lower-case letters, digits, dots, dashes. "
            "Others mention you with @username."
        ),
        error_messages={"invalid": _("Use 2–30 lower-case letters, digits, dots or dashes.")},
    )
    password = forms.CharField(
        label=_("Password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters, not a common password."),
    )

    def clean_username(self) -> str:
        username = self.cleaned_data["username"].lower()
        if User.objects.filter(username__iexact=username).exists():
            raise ValidationError(gettext("That username is taken; try another."))
        return username

    def clean_email(self) -> str:
        # A taken address is not an error: the page must not tell anyone
        # which addresses have accounts. The view answers as for a new one
        # and writes to the address's owner instead (services.sign_up).
        return self.cleaned_data["email"].strip()

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if password:
            candidate = User(username=cleaned.get("username", ""), email=cleaned.get("email", ""))
            try:
                password_validation.validate_password(password, candidate)
            except ValidationError as error:
                self.add_error("password", error)
        return cleaned


class SignInForm(PlainLabels, AuthenticationForm):
    username = UsernameField(
        label=_("Username or email"), widget=forms.TextInput(attrs={"autofocus": True})
    )

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            # Refused by the log-in limits: no password was checked, and none
            # is checked here either (the view answers 429).
            if getattr(self.request, "login_refused_for", None):
                raise
            if self._is_unconfirmed():
                raise ValidationError(
                    format_html(
                        gettext(
                            "Confirm your email address first: follow the link we sent you, "
                            'or <a href="{url}">send a new link</a>.'
                        ),
                        url=reverse("resend_confirmation"),
                    ),
                    code="unconfirmed",
                ) from None
            raise

    def _is_unconfirmed(self) -> bool:
        login = (self.cleaned_data.get("username") or "").strip()
        user = User.objects.filter(username__iexact=login).first() or (
            User.objects.filter(email__iexact=login).first() if "@" in login else None
        )
        return bool(
            user
            and not user.profile.email_confirmed
            and user.check_password(self.cleaned_data.get("password"))
        )


class ResendConfirmationForm(PlainLabels, forms.Form):
    email = forms.EmailField(label=_("Email"))


class ProfileForm(PlainLabels, forms.ModelForm):
    avatar = forms.FileField(
        required=False,
        help_text=_("A PNG, JPEG, GIF or WebP picture up to 5 MB; we crop it to a square."),
        widget=forms.FileInput(attrs={"accept": "image/png,image/jpeg,image/gif,image/webp"}),
    )
    remove_avatar = forms.BooleanField(required=False, label=_("Remove my picture"))

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "title",
            "organisation",
            "jurisdiction",
            "bio",
            "language",
            "email_digest",
            "notice_email",
        ]
        labels = {
            "display_name": _("Display name"),
            # Translators: a person's job title, e.g. "MCH epidemiologist".
            "title": pgettext_lazy("job title", "Title"),
            "organisation": _("Organization"),
            "jurisdiction": _("State or jurisdiction"),
            "bio": _("Bio"),
            "email_digest": _("Email digest"),
            "notice_email": _("When someone mentions me or replies in a thread I follow, email me"),
        }
        help_texts = {
            "email_digest": _("What happened in your discussions, in one email."),
            "notice_email": _("Mentions of your team or state always wait for the digest."),
        }
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}

    def clean_avatar(self):
        upload = self.cleaned_data.get("avatar")
        if upload in (None, False):
            return upload
        # Checked here so a bad picture is a form error; stored by the view.
        self.processed_avatar = avatars.process_avatar(upload)
        return upload


class JoinRequestForm(PlainLabels, forms.Form):
    role = forms.ChoiceField(
        choices=[c for c in Membership.Role.choices if c[0] != Membership.Role.LEAD],
        initial=Membership.Role.MEMBER,
        label=_("Your role on the team"),
    )
    message = forms.CharField(
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("A note to the team lead"),
        help_text=_("Optional: who you are and what you will work on."),
    )


class DecisionForm(PlainLabels, forms.Form):
    decision = forms.ChoiceField(choices=[("approve", "Approve"), ("decline", "Decline")])
    role = forms.ChoiceField(choices=Membership.Role.choices, required=False)
    note = forms.CharField(
        required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )


class ResetRequestForm(PlainLabels, PasswordResetForm):
    pass


class NewPasswordForm(PlainLabels, SetPasswordForm):
    def save(self, commit: bool = True):
        user = super().save(commit)
        # Whoever followed the emailed link owns the address: the account's
        # log-in lock (someone guessing its password) no longer keeps them out.
        throttle.login_succeeded(user.get_username(), user.email)
        return user


class ChangePasswordForm(PlainLabels, PasswordChangeForm):
    pass

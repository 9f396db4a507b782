"""Sign-up with email confirmation, the member's dashboard and profile."""

import math
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext, override
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from wagtail.models import APIToken

from community import permissions, services
from community.forms import ProfileForm, ResendConfirmationForm, SignInForm, SignUpForm
from community.models import JoinRequest, Membership
from community.tokens import user_for_confirmation_token
from kernel import dashboard as dashboard_parts
from kernel import throttle
from kernel.languages import remember_language, url_in_language

User = get_user_model()


def too_many(
    request: HttpRequest, wait: int, *, heading: str, reason: str, show_reset: bool = False
) -> HttpResponse:
    """429, as a page of the site, saying when to try again (and in Retry-After)."""
    response = render(
        request,
        "core/accounts/too_many_attempts.html",
        {
            "heading": heading,
            "reason": reason,
            "wait_minutes": max(1, math.ceil(wait / 60)),
            "retry_at": timezone.localtime() + timedelta(seconds=wait),
            "show_reset": show_reset,
        },
        status=429,
    )
    response["Retry-After"] = str(wait)
    return response


def _longest(*waits: int | None) -> int | None:
    return max((wait for wait in waits if wait), default=None)


def _mail_limit(request: HttpRequest, kind: str, email: str) -> int | None:
    """Count a mail asked for (reset, confirmation), per client address and
    per recipient, known or not: the limit itself tells nobody anything."""
    return _longest(
        throttle.account_mail_per_address(kind).hit(throttle.client_address(request)),
        throttle.account_mail_per_recipient(kind).hit(email),
    )


_MAIL_LIMIT_REASON = _(
    "We have already sent several emails to this address, or for your network, in the "
    "last hour. Look for them in your inbox and spam folder: the newest link works."
)


class SignInView(auth_views.LoginView):
    """Django's log-in, answering 429 while the log-in limits refuse it
    (the refusal itself happens in UsernameOrEmailBackend)."""

    template_name = "core/accounts/login.html"
    authentication_form = SignInForm

    def form_valid(self, form):
        response = super().form_valid(form)
        # This browser reads in the member's chosen language from now on.
        if language := self.request.user.profile.language:
            remember_language(response, language, self.request)
        return response

    def form_invalid(self, form):
        wait = getattr(self.request, "login_refused_for", None)
        if wait:
            return too_many(
                self.request,
                wait,
                heading=gettext("Too many attempts to log in"),
                reason=gettext(
                    "There have been several unsuccessful attempts to log in to this "
                    "account, or from your network, in the last few minutes. To keep the "
                    "account safe, log-ins are paused for a short while."
                ),
                show_reset=True,
            )
        return super().form_invalid(form)


class ResetPasswordView(auth_views.PasswordResetView):
    """Django's reset (the same page whether or not the address has an
    account), with a limit on the mails it sends."""

    def form_valid(self, form):
        wait = _mail_limit(self.request, "reset", form.cleaned_data["email"])
        if wait:
            return too_many(
                self.request,
                wait,
                heading=gettext("Too many reset emails"),
                reason=_MAIL_LIMIT_REASON,
            )
        return super().form_valid(form)


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("dashboard")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        wait = throttle.signups_per_address().hit(throttle.client_address(request))
        if wait:
            return too_many(
                request,
                wait,
                heading=gettext("Too many sign-ups"),
                reason=gettext(
                    "Many accounts have been created from your network in the last hour."
                ),
            )
        data = form.cleaned_data
        # A new address gets an account; a known one gets a note to its owner.
        # Both end on the same page: it never says which addresses are known.
        services.sign_up(
            username=data["username"],
            email=data["email"],
            password=data["password"],
            display_name=data["display_name"],
            notify_owner=throttle.account_mail_per_recipient("signup-notice").hit(data["email"])
            is None,
        )
        request.session["signup_email"] = data["email"]
        return redirect("signup_done")
    return render(request, "core/accounts/signup.html", {"form": form})


def signup_done(request: HttpRequest) -> HttpResponse:
    return render(
        request, "core/accounts/signup_done.html", {"email": request.session.get("signup_email")}
    )


@require_http_methods(["GET", "POST"])
def confirm_email(request: HttpRequest, token: str) -> HttpResponse:
    """The emailed link shows a button; only its POST confirms. Mail scanners
    that follow links confirm nothing, and nobody is logged in to an account
    by opening a link someone else sent them."""
    user = user_for_confirmation_token(token)
    if user is None:
        return render(request, "core/accounts/confirm_invalid.html", status=400)
    if request.method == "GET":
        return render(request, "core/accounts/confirm_email.html", {"person": user})
    services.confirm_email(user)
    if not request.user.is_authenticated:
        login(request, user, backend="community.auth_backends.UsernameOrEmailBackend")
    messages.success(request, gettext("Your email address is confirmed. Welcome!"))
    return redirect("dashboard")


@require_http_methods(["GET", "POST"])
def resend_confirmation(request: HttpRequest) -> HttpResponse:
    form = ResendConfirmationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        wait = _mail_limit(request, "confirm", form.cleaned_data["email"])
        if wait:
            return too_many(
                request,
                wait,
                heading=gettext("Too many confirmation emails"),
                reason=_MAIL_LIMIT_REASON,
            )
        # Same answer whether or not the address is known: no account probing.
        user = User.objects.filter(
            email__iexact=form.cleaned_data["email"], profile__email_confirmed=False
        ).first()
        if user is not None:
            with transaction.atomic():
                services.send_confirmation_email(user)
        request.session["signup_email"] = form.cleaned_data["email"]
        return redirect("signup_done")
    return render(
        request,
        "core/accounts/form_page.html",
        {
            "form": form,
            "heading": gettext("Send a new confirmation link"),
            "submit_label": gettext("Send the link"),
        },
    )


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    user = request.user
    memberships = Membership.objects.filter(user=user).select_related("team__jurisdiction")
    context = {
        "role_choices": Membership.Role.choices,
        "memberships": memberships,
        "my_requests": JoinRequest.objects.filter(user=user)
        .select_related("team")
        .order_by("-created_at")[:10],
        "requests_to_decide": permissions.join_requests.awaiting(user).select_related(
            "team", "user__profile"
        ),
        # What the apps that build on the community add (the discussions' news).
        **dashboard_parts.context_for(user),
    }
    return render(request, "core/accounts/dashboard.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def edit_profile(request: HttpRequest) -> HttpResponse:
    profile = request.user.profile
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
            if getattr(form, "processed_avatar", None) is not None:
                services.store_avatar(profile, form.processed_avatar)
            elif form.cleaned_data["remove_avatar"]:
                services.remove_avatar(profile)
        language = profile.language or get_language()
        with override(language):
            messages.success(request, gettext("Your profile is saved."))
        mine = reverse("person_detail", args=[request.user.get_username()])
        response = redirect(url_in_language(mine, language))
        if profile.language:  # the choice applies at once in this browser
            remember_language(response, profile.language, request)
        return response
    return render(request, "core/accounts/profile_form.html", {"form": form, "profile": profile})


@login_required
@require_http_methods(["GET", "POST"])
def api_tokens(request: HttpRequest) -> HttpResponse:
    """Personal API tokens: create one (shown once), see and revoke them."""
    new_token = None
    if request.method == "POST":
        if "revoke" in request.POST:
            try:
                services.revoke_api_token(request.user, int(request.POST["revoke"]))
            except (PermissionDenied, ValueError):
                messages.error(request, gettext("That token is not yours or is already revoked."))
            else:
                messages.success(
                    request, gettext("The token is revoked; scripts using it stop working.")
                )
            return redirect("api_tokens")
        _, new_token = services.create_api_token(request.user, request.POST.get("name", ""))
    tokens = APIToken.objects.filter(user=request.user).order_by("-created")
    return render(
        request, "core/accounts/api_tokens.html", {"tokens": tokens, "new_token": new_token}
    )

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import URLPattern, URLResolver, include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_page
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from collaboratory import health, security
from collaboratory.api import api
from community.forms import ChangePasswordForm, NewPasswordForm, ResetRequestForm
from community.views import accounts, community, languages
from kernel import page_languages

# Folders of MEDIA_ROOT anyone may fetch directly (avatars, and the renditions
# Wagtail makes of editors' images); platform/nginx serves the same two.
PUBLIC_MEDIA = ("avatars/", "images/")

account_patterns = [
    path("login/", accounts.SignInView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("signup/", accounts.signup, name="signup"),
    path("signup/sent/", accounts.signup_done, name="signup_done"),
    path("confirm/resend/", accounts.resend_confirmation, name="resend_confirmation"),
    path("confirm/<str:token>/", accounts.confirm_email, name="confirm_email"),
    path(
        "password/reset/",
        accounts.ResetPasswordView.as_view(
            template_name="core/accounts/form_page.html",
            extra_context={
                "heading": _("Reset your password"),
                "intro": _("Give the address on your account; we send a link to choose a new one."),
                "submit_label": _("Send the link"),
            },
            email_template_name="core/emails/password_reset.txt",
            subject_template_name="core/emails/password_reset_subject.txt",
            form_class=ResetRequestForm,
            extra_email_context={"collaborative_name": settings.WAGTAIL_SITE_NAME},
        ),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="core/accounts/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="core/accounts/password_reset_confirm.html",
            extra_context={"heading": _("Choose a new password"), "submit_label": _("Save it")},
            form_class=NewPasswordForm,
        ),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="core/accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path(
        "password/change/",
        auth_views.PasswordChangeView.as_view(
            template_name="core/accounts/form_page.html",
            extra_context={"heading": _("Change your password"), "submit_label": _("Change it")},
            form_class=ChangePasswordForm,
            success_url="/accounts/",
        ),
        name="password_change",
    ),
    path("profile/", accounts.edit_profile, name="edit_profile"),
    path("api-tokens/", accounts.api_tokens, name="api_tokens"),
    path("", accounts.dashboard, name="dashboard"),
]

# Addresses that are the same in every language: machines, the admin (each
# editor picks its language in their account) and files.
urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("alive", health.alive, name="alive"),
    path("csp-report/", security.csp_report, name="csp_report"),
    path("language/<str:code>/", languages.switch_language, name="switch_language"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", api.urls),
]

# The site people read: English at the bare address, Spanish under /es/.
site_patterns: list[URLPattern | URLResolver] = [
    # The marked strings of static/js in the page's language, for gettext() there.
    path("jsi18n/", cache_page(3600)(JavaScriptCatalog.as_view()), name="javascript_catalog"),
    path("accounts/", include(account_patterns)),
    path("networks/", community.network_list, name="network_list"),
    path("networks/<slug:slug>/", community.network_detail, name="network_detail"),
    path("states/", community.jurisdiction_list, name="jurisdiction_list"),
    path("states/<slug:slug>/", community.jurisdiction_detail, name="jurisdiction_detail"),
    path("teams/", community.team_list, name="team_list"),
    path("teams/<slug:slug>/", community.team_detail, name="team_detail"),
    path("teams/<slug:slug>/join/", community.request_to_join, name="request_to_join"),
    path(
        "join-requests/<int:pk>/decide/",
        community.decide_join_request,
        name="decide_join_request",
    ),
    path(
        "join-requests/<int:pk>/withdraw/",
        community.withdraw_join_request,
        name="withdraw_join_request",
    ),
    path("people/", community.people_directory, name="people_directory"),
    path("people/<str:username>/", community.person_detail, name="person_detail"),
    path("resources/", include("resources.urls")),
    path("discussions/", include("forums.urls")),
    path("search/", include("search.urls")),
    path("", include("webinars.urls")),
    path("", include("toolkit.urls")),
    path("", include("measures.urls")),
    path("", include("pdsa.urls")),
    path("", include("meetings.urls")),
    path("", include("checklists.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Only the public pictures, as nginx does in production: documents and
    # previews go out through the views that ask their policy.
    for folder in PUBLIC_MEDIA:
        urlpatterns += static(
            settings.MEDIA_URL + folder, document_root=settings.MEDIA_ROOT / folder
        )

# Wagtail serves every page of the tree; it comes last so it catches the rest.
# Pages are found through page_languages first: under /es/ an untranslated
# page is served in English (Wagtail's own pattern stays, for reverse()).
site_patterns += [
    re_path(wagtail_urls.serve_pattern, page_languages.serve, name="page"),
    path("", include(wagtail_urls)),
]
urlpatterns += i18n_patterns(*site_patterns, prefix_default_language=False)

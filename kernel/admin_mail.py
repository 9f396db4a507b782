"""Wagtail's workflow emails are for people who work in the admin: they link
to its screens. A member who shared something and cannot open the admin is
told by the app that owns the content instead, with a link to the site."""

from django.contrib.auth.models import AbstractUser
from wagtail.admin.mail import (
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected


def works_in_the_admin(user: AbstractUser) -> bool:
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


class ApprovalToAdmins(WorkflowStateApprovalEmailNotifier):
    def get_recipient_users(self, workflow_state: WorkflowState, **kwargs):
        return {
            u
            for u in super().get_recipient_users(workflow_state, **kwargs)
            if works_in_the_admin(u)
        }


class RejectionToAdmins(WorkflowStateRejectionEmailNotifier):
    def get_recipient_users(self, workflow_state: WorkflowState, **kwargs):
        return {
            u
            for u in super().get_recipient_users(workflow_state, **kwargs)
            if works_in_the_admin(u)
        }


# Held here: a signal keeps only a weak reference to its receivers.
approval_to_admins = ApprovalToAdmins()
rejection_to_admins = RejectionToAdmins()


def connect() -> None:
    """Connected under the dispatch ids Wagtail's admin uses, before it
    connects its own (this app is earlier in INSTALLED_APPS): a signal keeps
    the first receiver given an id, so these stand in for Wagtail's."""
    workflow_approved.connect(
        approval_to_admins,
        sender=WorkflowState,
        dispatch_uid="workflow_state_approved_email_notification",
    )
    workflow_rejected.connect(
        rejection_to_admins,
        sender=WorkflowState,
        dispatch_uid="workflow_state_rejected_email_notification",
    )

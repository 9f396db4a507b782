from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from collaboratory.models import Profile


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="core_create_profile")
def create_profile(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """Every account has a profile, however it was made (sign-up, admin, shell)."""
    if created and not raw:
        Profile.objects.get_or_create(user=instance)

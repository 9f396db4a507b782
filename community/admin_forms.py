from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm

from community.models.community import MAX_NETWORKS_PER_TEAM


class TeamAdminForm(WagtailAdminModelForm):
    def clean_networks(self):
        networks = self.cleaned_data.get("networks")
        if networks is not None and not 1 <= len(networks) <= MAX_NETWORKS_PER_TEAM:
            raise ValidationError(
                f"Choose one to {MAX_NETWORKS_PER_TEAM} learning networks for a team."
            )
        return networks

from django.core.exceptions import ValidationError
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm

from community.models.community import MAX_NETWORKS_PER_TEAM


class TeamAdminForm(WagtailAdminModelForm):
    def clean_networks(self):
        networks = self.cleaned_data.get("networks")
        if networks is not None and not 1 <= len(networks) <= MAX_NETWORKS_PER_TEAM:
            raise ValidationError(
                ngettext(
                    "Choose one to %(max)s learning network for a team.",
                    "Choose one to %(max)s learning networks for a team.",
                    MAX_NETWORKS_PER_TEAM,
                )
                % {"max": MAX_NETWORKS_PER_TEAM}
            )
        return networks

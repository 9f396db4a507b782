from .community import Jurisdiction, LearningNetwork, Team
from .membership import JoinRequest, Membership
from .pages import HomePage
from .profiles import Profile

__all__ = [
    "HomePage",
    "JoinRequest",
    "Jurisdiction",
    "LearningNetwork",
    "Membership",
    "Profile",
    "Team",
]

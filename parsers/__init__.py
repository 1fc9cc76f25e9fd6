"""Pure functions from a profile page's HTML to a validated record: no I/O, no clock."""

from parsers.errors import NotAProfilePage
from parsers.models import SCHEMA_VERSION, Profile
from parsers.profile import PARSER_VERSION, check_profile, parse_profile

__all__ = ["NotAProfilePage", "PARSER_VERSION", "Profile", "SCHEMA_VERSION", "check_profile", "parse_profile"]

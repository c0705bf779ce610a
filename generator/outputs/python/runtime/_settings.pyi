# The settings a generated package renders into its _settings.py (templates/python/_settings.py.j2),
# as the runtime source reads them; tests/test_runtime_source.py holds the two to the same names.
from typing import Final

MAX_DEPTH: Final[int]  # how deep a payload may nest objects and arrays
PURE_SWITCH: Final[str]  # the environment variable that keeps the package in pure Python
EMAIL_PATTERN: Final[str]  # format: email
EMAIL_MAX_LENGTH: Final[int]
SIGNATURE_HEADER: Final[str]  # the request header of a webhook's signature (with a signature only)

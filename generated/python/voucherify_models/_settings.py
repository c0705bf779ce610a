# Generated from the spec by `docmodels regenerate`. Do not edit.
"""The settings of this package's runtime: what varies from one spec to another."""

from typing import Final

# How deep a payload may nest objects and arrays (the root object is level 1): everything the
# models accept can then be written back as JSON.
MAX_DEPTH: Final = 256
# The environment variable that, when set, keeps the package in pure Python.
PURE_SWITCH: Final = "VOUCHERIFY_MODELS_PURE"
# The string format 'email', checked as every output checks it.
EMAIL_PATTERN: Final = (
    "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)
EMAIL_MAX_LENGTH: Final = 254
# The request header that carries the signature of a webhook request.
SIGNATURE_HEADER: Final = "x-voucherify-signature"

"""The runtime every generated Python package ships, as the generator's own source files.

``_runtime.py`` (the base class, ``UNSET``, ``ValidationError`` and the value checks),
``_signature.py`` (webhook signatures, for a spec that describes them) and ``_speedups.c`` (the C
accelerator's engine) are the same for every spec: the Python output copies them into the package
as they are. What varies per spec is rendered beside them: ``_settings.py`` (limits, names, format
patterns; ``_settings.pyi`` here types it for mypy) and ``_tables.h`` (the classes as tables the
engine walks). The generator never imports these modules; ruff, mypy and a C compiler check them
here (tests/test_runtime_source.py).
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

# The folder of these source files, wherever the generator is installed.
RUNTIME: Traversable = files(__name__)

# The public names of _signature.py, which the package's __init__ and its webhook modules import
# from there (tests/test_runtime_source.py holds the list to the file).
SIGNATURE_NAMES = (
    "SIGNATURE_HEADER",
    "SignatureError",
    "check_signature",
    "signature_of",
    "verify_signature",
)

"""Turn a spec of documented objects into models, docs, fixtures and schemas."""

__version__ = "0.2.0"
# The command users run (the console script); `python -m generator` is for work in its repository.
TOOL = "docmodels"

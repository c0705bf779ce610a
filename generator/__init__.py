"""Turn a spec of documented objects into models, docs, fixtures and schemas."""

__version__ = "0.1.0"

"""Turn the transcribed Voucherify spec into models, docs, fixtures and schemas."""

__version__ = "0.1.0"

"""Stage 2: the intermediate model (:mod:`.ir`) and the vocabulary every stage shares: string
formats, naming, value checks, formulas, the webhook signature scheme."""

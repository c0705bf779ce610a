"""Stage 3: read a spec folder: safe YAML with the place of every value (:mod:`.yamlreader`),
every file loaded and validated against ``spec.schema.json`` (:mod:`.loader`); and spec YAML
written as the hand-written files are (:mod:`.yamlwriter`, for ``import-page``)."""

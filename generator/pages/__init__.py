"""Stage 7: the vendor's saved reference pages, never read by ``regenerate``. One reader per
page form (:mod:`.readers`) reads a page into rows; ``compare-docs`` (:mod:`.compare`),
``import-page`` (:mod:`.importer`) and its ``--update`` (:mod:`.updater`) work on the rows;
:mod:`.run` is the commands as the command line runs them."""

"""The outputs: each turns the resolved model into files of its own folder.

:mod:`.job` is what an output hands the emit stage (render jobs, derived files); :mod:`.registry`
is the one list of outputs. Each output is a module (or, for the Python models, a package) of its
own; what several share is a module here too: :mod:`.samples` (payloads for fixtures and
factories), :mod:`.pytext` (escaping into Python and TOML), :mod:`.pypackage` (the files of an
installable package), :mod:`.regex` and :mod:`.invisible`.
"""

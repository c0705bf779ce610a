"""The Jinja2 templates of the outputs, one folder per output.

Shipped inside the installed generator as the package ``generator.templates`` (``pyproject.toml``
maps this folder there), so a regular, an editable and a wheel install all read them alike; this
file only makes the folder that package. ``regenerate --templates DIR`` replaces single templates
by their path relative to this folder.
"""

"""Choice helpers shared by the apps' models."""

from django.utils.encoding import force_str


def choice_display(field_name):
    """Return a ``get_<field>_display`` method that finds the label in a dictionary.

    Django's own method builds a hashable copy of all choices on every call, which
    translates every lazy label: a page of twelve cards ran about four hundred
    translations for three labels each. Defined on the model, this method takes
    the place of Django's, which sets one only where the class has none.
    """
    labels = None

    def display(self):
        nonlocal labels
        if labels is None:
            labels = dict(self._meta.get_field(field_name).flatchoices)
        value = getattr(self, field_name)
        return force_str(labels.get(value, value), strings_only=True)

    display.__name__ = f"get_{field_name}_display"
    return display

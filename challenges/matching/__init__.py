"""Facilitator profiles, volunteering, the matching engine and facilitation teams.

``engine`` and ``teams`` import no Django, so they run and are tested on plain data.
"""

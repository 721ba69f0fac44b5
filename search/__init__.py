"""Site search across pages, with autocomplete."""

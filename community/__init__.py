"""Members, organisations, profiles and their privacy."""

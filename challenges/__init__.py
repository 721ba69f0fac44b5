"""Public institutions' challenges, their review, lifecycle and progress."""

"""Trainings, their sessions, enrolment, waitlists and attendance."""

"""Outbound email: an outbox written with the action, sent by a Celery task after commit.

Apps call :func:`hub.email.services.queue_email`; nothing else sends mail directly.
"""

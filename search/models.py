from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchQueryStat(models.Model):
    """How often a query string was searched in one language, and how often it found nothing."""

    query_string = models.CharField(_("search query"), max_length=255)
    language = models.CharField(_("language"), max_length=8)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    searches_without_results = models.PositiveIntegerField(_("searches without results"), default=0)
    last_searched_at = models.DateTimeField(_("last searched"))

    class Meta:
        verbose_name = _("search query statistic")
        verbose_name_plural = _("search query statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language"], name="unique_search_query_per_language"
            )
        ]
        indexes = [models.Index(fields=["-searches_without_results", "-last_searched_at"])]

    def __str__(self):
        return f"{self.query_string} ({self.language})"

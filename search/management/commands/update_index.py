"""Wagtail's ``update_index``, printing how many objects of each model are indexed so far."""

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndexCommand


class Command(WagtailUpdateIndexCommand):
    help = (
        "Rebuild the search index of every backend. On Elasticsearch a new index is "
        "built and swapped in when complete, so search keeps working meanwhile. Prints "
        "'indexed/total' for each model as each batch is written."
    )

    def queryset_chunks(self, qs, chunk_size=1000):
        self.indexed_count = 0
        self.total_count = qs.count()
        for chunk in super().queryset_chunks(qs, chunk_size):
            self.indexed_count += len(chunk)
            yield chunk

    def print_iter_progress(self, iterable):
        for value in iterable:
            yield value
            self.write(f" {self.indexed_count}/{self.total_count}", ending="")
            self.stdout.flush()

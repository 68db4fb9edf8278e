"""The cache on the embedded default: Django's file cache, checked for fullness now and then.

Django's FileBasedCache lists its whole folder on every write to see whether it must cull. The
page cache holds up to 20,000 files: at 5,000 a write took 8 ms, and a page render writes several
entries. This one looks every CHECK_EVERY writes of a process, so the folder can outgrow
MAX_ENTRIES by at most that many writes per process before a cull brings it back.
"""

import itertools

from django.core.cache.backends.filebased import FileBasedCache


class FileCache(FileBasedCache):
    CHECK_EVERY = 100

    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._writes = itertools.count()

    def _cull(self):
        # next() on a count is atomic in CPython, so threads of one worker share the counter safely.
        if next(self._writes) % self.CHECK_EVERY == 0:
            super()._cull()

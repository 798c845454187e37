"""The method of a quota split, by the name JSON gives it.

Its tie-break rule is a text of the catalogue, `quota.tie_break`, which `--help`, tables and
JSON (in English, whatever the language) all read.
"""

from __future__ import annotations

METHOD = "largest-remainder"

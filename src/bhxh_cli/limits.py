"""How much input the tool accepts. Hostile files are refused at these limits, before they can
cost unbounded memory or time; the rule table and the README quote them from here."""

from __future__ import annotations

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_LINE_CHARS = 10_000
MAX_DEPTH = 64
MAX_ALIAS_NODES = 100_000
# Keys and values in one file: about 0.8 MB of YAML, some 4,000 units with a snapshot and a
# target each (every commune of the country). Checking one costs about 15 microseconds, and
# up to 2 KB while Pydantic lists the errors of a file that is wrong throughout.
MAX_VALUES = 100_000
MAX_SCHEMA_PROBLEMS = 100

"""How much input the tool accepts. Hostile files are refused at these limits, before they can
cost unbounded memory or time; the rule table and the README quote them from here."""

from __future__ import annotations

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_LINE_CHARS = 10_000
MAX_DEPTH = 64
MAX_ALIAS_NODES = 100_000
# Keys and values in one file. A national file with every commune of the pre-2025 country
# (63 provinces, ~700 districts, ~10,600 communes, two snapshots and two targets each) holds
# about 650,000 and is 5 MiB. The worst hostile file at this limit, wrong throughout, costs about
# 15 s and 1 GB while Pydantic lists its errors (measured: 600,000 wrong values, 8.7 s, 670 MB).
MAX_VALUES = 1_000_000
MAX_SCHEMA_PROBLEMS = 100

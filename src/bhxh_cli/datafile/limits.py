"""How much input the tool accepts. Hostile files are refused at these limits, before they can
cost unbounded memory or time; the rule table and the README quote them from here."""

from __future__ import annotations

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_LINE_CHARS = 10_000
MAX_DEPTH = 64
MAX_ALIAS_NODES = 100_000
# Keys and values in one file. A national file with every commune of the pre-2025 country
# (63 provinces, ~700 districts, ~10,600 communes, two snapshots and two targets each) holds
# about 650,000 and is 5 MiB. A hostile file wrong throughout costs about 2 KB and 20 us per value
# while Pydantic collects its errors (measured: 600,000 wrong values, 8.7 s, 670 MB; 900,000,
# 19.7 s, 1.7 GB), so the limit stays close to what a real national file needs.
MAX_VALUES = 800_000
MAX_SCHEMA_PROBLEMS = 100

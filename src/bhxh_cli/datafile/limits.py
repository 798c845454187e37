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
# The most people one count may hold. Vietnam has about 100 million people (2024: 101 million),
# so a larger count is a typing mistake; sums of a national file then stay far below 2**53,
# where JSON readers lose whole numbers, and percentages stay within decimal arithmetic.
MAX_COUNT = 1_000_000_000
# Digits after the decimal point of a rate. Published rates have one or two; six leave room for
# a derived one. Exponents are bounded with them: `1e-999999999999999999` would make every
# exact computation on the rate endless, and `0e-9999999` a table of ten million zeros.
MAX_RATE_DECIMALS = 6
# Files in one data set (a targets file and every file its `include:` names, at any depth): a
# province's monthly imports for many years, far below what would make reading a set slow.
MAX_SET_FILES = 1_000
# Bytes of a whole data set: four files at the limit of one.
MAX_SET_BYTES = 4 * MAX_FILE_BYTES

"""The written method of a quota split, shared by the core, `--help`, tables and JSON.

Free of imports, so the command line can show it in its help without loading the core.
"""

from __future__ import annotations

METHOD = "largest-remainder"
TIE_BREAK = "larger remainder, then larger weight, then order in the data file"

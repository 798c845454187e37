"""The English texts of data sets of several files, `bhxh import` and `bhxh template`.

A section of en.py kept in a file of its own; vi_sheets.py has the same keys in the same order.
"""

SHEETS_TEXTS: dict[str, str] = {
    # --- data sets of several files --------------------------------------------------------------
    "include.not_list": "'include' must be a list of paths or globs",
    "include.bad_entry": "an 'include' entry must be a path relative to this file",
    "include.bad_entry.hint": "e.g. include: [actuals/*.yaml]",
    "include.missing": "{path}: no such file (a path without wildcards must exist)",
    "include.again": "{path} is already a file of this data set (an include cycle?)",
    "include.too_many": "the data set has more than {limit} files",
    "include.too_large": "the data set is larger than the limit of {limit} bytes",
    "include.declared_twice": "{slug} is already declared at {first}",
    "include.declared_twice.hint": "declare a unit once; another file may add figures to it "
    "under 'units:' by its path",
    "include.unknown_unit": "no file of the data set declares the unit {unit}",
    "include.not_additions": "the additions to a unit must be a mapping of 'actuals' and 'targets'",
    "include.redefines": "{key}: this file may add only 'actuals' and 'targets' to {unit}",
    "include.redefines.hint": "a unit is declared once, in the file that lists it",
    "include.snapshot_twice": "{unit}: {scheme} on {day} is already given at {first}",
    "include.snapshot_twice.hint": "keep one of the two figures (an import made twice?)",
    "include.same_day": "{unit}: a second snapshot on {day} (the first at {first}); "
    "commands read the last one only",
    "include.same_day.hint": "put the figures of one date in one snapshot",
    "option.data_twice": "--data is given more than once",
    "option.data_twice.hint": "give one targets file; it names the others with 'include:'",
}

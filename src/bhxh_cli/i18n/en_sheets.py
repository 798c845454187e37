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
    # --- bhxh import -----------------------------------------------------------------------------
    "import.kind": "{path}: not a workbook or CSV file",
    "import.kind.hint": "give a .xlsx, .xls, .ods or .csv file",
    "import.too_large": "{path} is larger than the limit of {limit} bytes",
    "import.too_many_cells": "the sheet {sheet} has more than {limit} cells",
    "import.unreadable": "cannot read {path}: {reason}",
    "import.no_sheet": "{path} has no sheet",
    "import.unknown_sheet": "no sheet {sheet}; the workbook has {sheets}",
    "import.csv_sheet": "a CSV file has one sheet: leave --sheet out",
    "import.csv_not_utf8": "the CSV file is not UTF-8 text",
    "import.csv_not_utf8.hint": 'save it as "CSV UTF-8", or import the workbook itself',
    "import.legacy": "text in the old {encoding} encoding: {text}",
    "import.legacy.hint": "convert the file from {encoding} to Unicode (e.g. with Unikey's "
    "converter), then import it again",
    "import.no_header": "no header found: no cell names a scheme (BHXH bắt buộc, BHYT, ...)",
    "import.no_header.hint": "give the columns with --mapping FILE (see --show-mapping)",
    "import.column_twice": "a second column of {scheme} {role} (the first is {first})",
    "import.role.actual": "actuals",
    "import.role.plan": "plans",
    "import.role.rate": "rates",
    "import.mapping.hint": "fix the columns with --mapping FILE (see --show-mapping)",
    "import.mapping_format.hint": "see `bhxh import --show-mapping` for the format",
    "import.mapping_row": "'header_end' must be the number of the header's last row",
    "import.mapping_columns": "'columns' must map column letters to 'SCHEME actual|plan|rate'",
    "import.mapping_letter": "{key}: {value} is not a column letter such as B or AA",
    "import.mapping_column": "{value} is not 'SCHEME actual', 'SCHEME plan' or 'SCHEME rate'",
    "import.not_count": "{value} is not a whole number of people",
    "import.count_text.hint": "write digits only, or with '.' between thousands (1.065.565)",
    "import.count_comma.hint": "a ',' is a decimal mark in Vietnamese: write {digits}, "
    "or '.' between thousands",
    "import.not_whole": "{value} is not a whole number of people",
    "import.not_whole.hint": "a count has no fraction: a formula or a misread column?",
    "import.negative": "{value} people: a count is never negative",
    "import.too_large_count": "{value} people is above the limit of {limit}",
    "import.not_rate": "{value} is not a rate",
    "import.no_name": "figures in a row without a unit name",
    "import.unknown_unit": "{name} is not a unit of {province}",
    "import.closest.hint": "the closest units: {names}",
    "import.no_close.hint": "`bhxh provinces` lists the units of {province}",
    "import.several_units": "{name} names several units: {paths}",
    "import.unknown_key": "{key} is not a unit path of {province}",
    "import.unknown_key.hint": "the key column of a template holds unit paths: "
    "leave it as `bhxh template` wrote it",
    "import.unit_twice": "{unit} is in the sheet twice (first at {first})",
    "import.rate_mismatch": "the stated rate {stated} is not {actual} / {plan} = {computed} "
    "of {scheme}",
    "import.rate_mismatch.hint": "a column read as the wrong one? Fix it with --mapping FILE",
    "import.total_mismatch": "the row says {stated}; its {units} units add up to {total}",
    "import.total_mismatch.hint": "a unit missing from the sheet, or a figure typed wrong",
    "import.total_zero": "the row says 0; its units add up to {total} (a formula never computed?)",
    "import.no_units": "no row of the sheet names a unit",
    "import.exists": "{path} exists: it is never overwritten",
    "import.exists.hint": "give another file with -o, or --replace a file an earlier import wrote",
    "import.not_ours": "{path} was not written by `bhxh import`: it is never replaced",
    "import.not_included": "{path} would not be read with {targets}",
    "import.not_included.hint": "add it to the targets file's include: list "
    "(e.g. include: [actuals/*.yaml]), or write it where the list names",
    "import.read": "Read {units} × {schemes} ({names}) from {sheet}, rows {first}-{last}.",
    "import.units.one": "{n} unit",
    "import.units.other": "{n} units",
    "import.schemes.one": "{n} scheme",
    "import.schemes.other": "{n} schemes",
    "import.checked": "Checked {rates} stated rates and {sums} totals; the data set "
    "({files} files) validates with it.",
    "import.wrote": "Wrote {path}.",
    "import.replaced": "Replaced {path}.",
    # --- bhxh import: names through the registry, and codes --------------------------------------
    "import.registry_unit": "{name} (code {code})",
    "import.registry_several": "{name} names several units in the registry: {units}",
    "import.registry_several.hint": "write the type (Thị xã, Huyện, TX., H., ...) or add a column "
    "of codes (Mã ĐVHC)",
    "import.registry_not_in_file": "{name} is {unit} (code {code}) on the map of {day}; no unit "
    "of {province} has that code",
    "import.registry_not_in_file.hint": "a unit of that map the data file lacks, or has without "
    "its `code:`; or correct the name",
    "import.unknown_code": "code {code} is no unit's code in {province}",
    "import.unknown_code.hint": "codes are matched against the units' `code:` in the data file "
    "(`bhxh init` writes them)",
    "import.code_other_unit": "code {code} is {unit}, but the row names {name}",
    "import.code_other_unit.hint": "that name is {other}: a row shifted against its codes?",
    "import.bad_code": "{code} is not a code: a code is digits",
    # --- bhxh template ---------------------------------------------------------------------------
    "template.suffix": "{path}: a template is an .xlsx workbook",
    "template.wrote": "Wrote {path}: {units} units × {schemes}.",
}

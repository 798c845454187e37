"""The English texts about the data file: reading it, its YAML and schema, and its checks.

A section of en.py kept in a file of its own, so that no catalogue file passes 400 lines; vi_file.py
has the same keys in the same order. en.py places these texts where the sections stand.
"""

FILE_TEXTS: dict[str, str] = {
    # --- reading the file ------------------------------------------------------------------------
    "file.unreadable": "cannot read the file: {reason}",
    "file.too_large": "the file is larger than the limit of {limit} bytes",
    "file.too_large.hint": "split the file",
    "file.binary": "binary file, not YAML text",
    "file.empty": "the file is empty",
    "file.only_comments": "the file holds only comments",
    "file.no_data": "no data",
    "file.missing": "{path}: no such file",
    "file.directory": "{path}: is a directory, not a data file",
    "file.not_regular": "{path}: is not a regular file",
    "file.not_utf8": "not UTF-8 text",
    "file.not_utf8.hint": "save the file as UTF-8",
    "file.line_too_long": "line is {length} characters long; the limit is {limit}",
    "file.line_too_long.hint": "break long text over several lines with `>-`",
    # --- reading the file: YAML ------------------------------------------------------------------
    "yaml.syntax": "{detail}",
    "yaml.invalid": "not valid YAML",
    "yaml.tabs.hint": "indent with spaces, not tabs",
    "yaml.missing_colon": "a ':' is missing after {key}",
    "yaml.colon.hint": "write each key with a colon and a space before its value, "
    "e.g. 'population: 1029350'",
    "yaml.key_not_text": "a mapping key must be plain text",
    "yaml.duplicate_key": "duplicate key {key} in this mapping",
    "yaml.duplicate_key.hint": "YAML keeps only the last one; remove or rename one of them",
    "yaml.tag": "tag {tag} is not allowed in a data file",
    "yaml.tag.hint": "remove the tag: data files hold plain values only",
    "yaml.too_deep": "nesting deeper than {limit} levels",
    "yaml.one_document": "a data file holds one YAML document",
    "yaml.too_many_values": "more than {limit} keys and values in one file",
    "yaml.too_many_values.hint": "split the file, e.g. one file per province",
    "yaml.alias_self": "alias *{anchor} refers to itself",
    "yaml.alias_unknown": "unknown alias *{anchor}",
    "yaml.alias_bomb": "aliases expand to more than {limit} values",
    "yaml.alias_bomb.hint": "write the data out instead of repeating it through aliases",
    # --- reading the file: the schema ------------------------------------------------------------
    "schema.too_many": "{more} more schema problems from here on are not listed",
    "schema.too_many.hint": "fix the problems above and run again",
    "schema.unknown_key": "unknown key {key}",
    "schema.missing_key": "missing key {key}",
    "schema.not_mapping": "{field}: expected a mapping of keys and values",
    "schema.file_not_mapping": "the file: expected a mapping of keys and values",
    "schema.not_list": "{field}: expected a list",
    "schema.not_text": "{field}: expected text",
    "schema.empty_text": "{field}: must not be empty",
    "schema.choice": "{field}: must be {choice}",
    "schema.choices": "{field}: must be one of {choices}",
    "schema.other": "{field}: {detail}",
    "schema.bad_slug": "bad slug {value}",
    "schema.bad_slug.hint": "use lowercase ascii letters, digits and hyphens, "
    "e.g. can-tho or thoi-lai",
    "schema.rate_range": "rate must be within 0-100 percent, got {value}",
    "schema.negative": "{field}: a count of people cannot be negative, got {value}",
    "schema.rate_not_number": "rate must be a number, got {value}",
    "schema.rate.hint": "write e.g. 95.6",
    "schema.rate_comma.hint": "YAML takes a decimal point, not the Vietnamese comma: write {point}",
    "schema.not_whole": "{field}: {value} is not a whole number of people",
    "schema.thousands.hint": "'.' groups thousands in Vietnamese numbers, and YAML reads "
    "{value} {read_as}; write {digits}",
    "schema.read_as_text": "as text",
    "schema.read_as_decimal": "as the decimal {value}",
    "schema.whole_not_text": "{field}: expected a whole number, got text {value}",
    "schema.digits_only.hint": "write digits only, without quotes, separators or underscores",
    "schema.digits_example.hint": "write digits only, e.g. 982000",
    "date.bad": "bad date {value}: write YYYY-MM-DD",
    "date.out_of_range": "date {value} is outside 1900-01-01 to 2999-12-31",
    "date.form": "not a date",
    "date.no_month": "there is no month {month}",
    "date.month_days": "month {month} of {year} has {days} days",
    "period.bad": "bad period {value}: use 2025, 2024-H1, 2024-Q2, 2024-05 "
    "or {{start: 2024-01-01, end: 2024-06-30}}",
    "period.order": "period ends ({end}) before it starts ({start})",
    "goal.kind": "a target takes exactly one of rate, total or new (got {given})",
    "campaign.needs_start": "end and days count from a start date: give start",
    "campaign.end_or_days": "give end or days, not both",
    "campaign.days_zero": "days must be 1 or more",
    "campaign.order": "the campaign ends ({end}) before it starts ({start})",
    "request.scheme_twice": "{scheme} is given twice: {first} and {second}",
    "request.no_quota": "nothing to make quotas of: give {per_staff}, {per_unit} or {split}, "
    "with a scheme",
    "request.split_only": "{min}, {max} and {weight} apply to {split} only",
    "request.min_above_max": "{min} {minimum} is above {max} {maximum}",
    "request.needs_staff": "{per_staff} needs {staff}: the number of staff recruiting",
    "request.needs_per_staff": "{staff} counts who recruits {per_staff}",
    "request.needs_province": "{per_unit} and {split} share among a province's sub-units: "
    "give {province}",
    "quota.no_quota.hint": "write SCHEME=N, or give a campaign id",
    # --- checks ----------------------------------------------------------------------------------
    "check.part_above_whole": "{part}: {count} is more than {whole}: {whole_count}",
    "check.part_above_whole.hint": "{part} is a part of {whole}",
    "check.bhxh_not_sum": "bhxh: {bhxh} is not bhxh_bat_buoc + bhxh_tu_nguyen "
    "= {compulsory} + {voluntary} = {total}",
    "check.bhxh_not_sum.hint": "correct one of the three, or leave bhxh out: it is then their sum",
    "check.above_denominator": "{scheme}: {count} participants, more than the "
    "{denominator} {value}",
    "check.above_denominator.hint": "true when people insured here live or work elsewhere; "
    "else check both",
    "check.units_above_parent": "{scheme}: sub-units add up to {total} on {day}, "
    "more than the {count} of {unit}",
    "check.units_above_parent.hint": "a sub-unit that is a set of people "
    "(e.g. union leaders) takes `kind: group`",
    "check.same_period": "{scheme}: a second target for {period} (the first is on line {line})",
    "check.same_period.hint": "commands use the first one; merge the two or remove one",
    "check.overlap": "{scheme}: period {period} partly overlaps {other} (line {line})",
    "check.overlap.hint": "targets of one scheme may nest (a phase inside its year), "
    "not partly overlap",
    "check.future": "snapshot dated {day}, which is in the future",
    "check.future.hint": "a snapshot counts participants on a day that has passed; check the year",
    "check.unknown_merge": "no province {slug}",
    "check.unknown_merge.hint": "merged_into names a province slug",
    "campaign.unknown_unit": "campaign {campaign} names no unit {unit}",
    "campaign.unknown_unit.hint": "give a province slug or a path such as can-tho/thoi-lai",
    "campaign.unknown_sub_unit": "campaign {campaign}: {province} has no sub-unit {unit}",
    "campaign.infeasible": "campaign {campaign}, {scheme}: {detail}",
    "campaign.min_total": "minimums add up to {minimum} x {units} units = {sum}, "
    "more than the total {total}",
    "campaign.max_total": "maximums add up to {maximum} x {units} units = {sum}, "
    "less than the total {total}",
    # --- checks: hostile and careless input (text, numbers, campaigns) -------------------------
    "text.control": "{field}: the text holds the control character {char}",
    "text.control.hint": "remove it: control characters and bidi controls change what a "
    "terminal shows (colours, the title, the order of letters)",
    "yaml.control": "the file holds the control character {char}",
    "yaml.unacceptable": "the character {char} is not allowed in YAML",
    "yaml.separator": "{char} ends a line for YAML readers but for no editor ({count} in the file)",
    "yaml.separator.hint": "replace it with a line break or a space",
    "schema.rate_precision": "rate: {decimals} decimals, more than {limit}",
    "schema.rate_precision.hint": "write the rate in percent with at most {limit} decimals, "
    "e.g. 95.6",
    "schema.count_too_large": "{field}: {value} is more than {limit} people",
    "schema.count_too_large.hint": "Vietnam has about 100 million people: check the digits",
    "schema.thousands_comma.hint": "',' groups thousands in English numbers, and YAML reads "
    "{value} {read_as}; write {digits}",
    "schema.flow_comma.hint": "in {{...}} a comma separates entries, so YAML read "
    "{key}: {before} and a key {after}; write {joined}",
    "campaign.min_total.hint": "lower min or raise the total",
    "campaign.max_total.hint": "raise max or lower the total",
}

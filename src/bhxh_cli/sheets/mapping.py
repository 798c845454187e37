"""A sheet's layout written down (`bhxh import --show-mapping`) and read back (`--mapping FILE`),
for a template an office fills every month. Columns by letter, rows as the sheet numbers them:

    header_end: 4          # the last row of the header; figures start below it
    name: B                # the unit names
    order: A               # optional: the order numbers (I, II: group rows)
    key: A                 # optional: unit paths, as `bhxh template` writes them
    code: A                # optional: the units' administrative codes ("Mã ĐVHC")
    columns:
      C: bhxh_bat_buoc plan
      D: bhxh_bat_buoc actual
      E: bhxh_bat_buoc rate

The file is read by the data file's strict reader (`datafile.yamlread`): plain values only.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.messages import Message
from bhxh_cli.sheets.layout import ROLES, Column, Layout
from bhxh_cli.sheets.problems import SheetError, column_letters

_LETTERS = re.compile(r"[A-Z]{1,3}")


def mapping_text(layout: Layout) -> str:
    """The layout as a mapping file."""
    lines = [
        "# bhxh import mapping: columns by letter, rows as the sheet numbers them",
        f"header_end: {layout.header_end + 1}",
    ]
    for key, col in (
        ("name", layout.name_col),
        ("order", layout.order_col),
        ("key", layout.key_col),
        ("code", layout.code_col),
    ):
        if col is not None:
            lines.append(f"{key}: {column_letters(col)}")
    lines.append("columns:")
    lines += [f"  {column_letters(c.col)}: {c.scheme.value} {c.role}" for c in layout.columns]
    return "\n".join(lines) + "\n"


def column_number(letters: str) -> int:
    """`A` is 0, `Z` 25, `AA` 26."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number - 1


def read_mapping(path: Path) -> Layout:
    """The layout a mapping file gives; SheetError at the file's place when it is wrong."""
    from bhxh_cli.datafile.files import read_text
    from bhxh_cli.datafile.yamlread import read_yaml

    doc = read_yaml(read_text(path), str(path))
    if doc.problems:
        first = doc.problems[0]
        raise SheetError([(str(first.position), first.message, first.hint)])
    data = doc.data

    def wrong(key: str, detail: Message) -> SheetError:
        where = doc.position((key,)) if isinstance(data, dict) and key in data else doc.position(())
        return SheetError([(str(where), detail, Message("import.mapping_format.hint"))])

    if not isinstance(data, dict):
        raise wrong("", Message("schema.file_not_mapping"))
    unknown = set(data) - {"header_end", "name", "order", "key", "code", "columns"}
    if unknown:
        raise wrong(sorted(unknown)[0], Message("schema.unknown_key", key=repr(sorted(unknown)[0])))
    end = data.get("header_end")
    if type(end) is not int or end < 1:
        raise wrong("header_end", Message("import.mapping_row"))
    cols = {key: _letter(data.get(key), key, wrong) for key in ("name", "order", "key", "code")}
    written = data.get("columns")
    if not isinstance(written, dict) or not written:
        raise wrong("columns", Message("import.mapping_columns"))
    columns = [_column(letters, what, wrong) for letters, what in written.items()]
    return Layout(
        end - 1,
        cols["name"],
        tuple(sorted(columns, key=lambda c: c.col)),
        order_col=cols["order"],
        key_col=cols["key"],
        code_col=cols["code"],
    )


def _letter(value: Any, key: str, wrong: Any) -> int | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _LETTERS.fullmatch(value):
        raise wrong(key, Message("import.mapping_letter", key=key, value=repr(value)))
    return column_number(value)


def _column(letters: Any, what: Any, wrong: Any) -> Column:
    if not isinstance(letters, str) or not _LETTERS.fullmatch(letters):
        raise wrong("columns", Message("import.mapping_letter", key="columns", value=repr(letters)))
    parts = what.split() if isinstance(what, str) else []
    schemes = {s.value: s for s in Scheme}
    if len(parts) != 2 or parts[0] not in schemes or parts[1] not in ROLES:
        raise wrong("columns", Message("import.mapping_column", value=repr(what)))
    role = next(r for r in ROLES if r == parts[1])
    return Column(column_number(letters), schemes[parts[0]], role)

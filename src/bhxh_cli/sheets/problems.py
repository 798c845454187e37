"""What is wrong with a sheet: each problem at its cell, in A1 style with its sheet."""

from __future__ import annotations

from bhxh_cli.errors import BhxhError
from bhxh_cli.messages import Message

# (cell, message, hint): the cell as `Sheet1!D7`, or the file's name for the file as a whole.
CellProblem = tuple[str, Message, Message | None]


def column_letters(col: int) -> str:
    """A column counted from 0 as a spreadsheet names it: 0 is A, 25 Z, 26 AA."""
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def at_cell(sheet: str, row: int, col: int) -> str:
    """`Sheet1!D7` for the cell at row 6, column 3 (both counted from 0); a sheet name with
    spaces or punctuation is quoted as spreadsheets quote it: `'Báo cáo T4'!B2`."""
    plain = sheet.replace("_", "").isalnum()
    name = sheet if plain else "'" + sheet.replace("'", "''") + "'"
    return f"{name}!{column_letters(col)}{row + 1}"


class SheetError(BhxhError):
    """A sheet that cannot be imported: every problem found, each at its cell. Nothing is
    written when one is raised."""

    exit_code = 1

    def __init__(self, problems: list[CellProblem]) -> None:
        cell, message, hint = problems[0]
        super().__init__(message, hint=hint)
        self.problems = problems
        self.cell = cell

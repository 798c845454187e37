"""Where a sheet keeps what: the header block, found by its labels wherever it sits, and the
columns it maps to schemes and to actual, plan and stated rate.

Labels are compared folded, as names are (`domain.names.fold`: no diacritics, any case, any
spacing). A scheme's group cell ("BHXH bắt buộc") stands over its columns, merged across them
or in the first of them ("Kế hoạch giao / Thực hiện / Tỷ lệ %" below); a cell may also name
both ("Thực hiện BHXH bắt buộc"), and a scheme's cell with nothing below it is its actual. A
title row ("Báo cáo kết quả thực hiện BHXH, BHYT tháng 4") is not a header: a header cell holds
a scheme's label and at most a role and the words "số người tham gia".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, NamedTuple

from bhxh_cli.domain.names import fold
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.messages import Message
from bhxh_cli.sheets.grid import Grid
from bhxh_cli.sheets.problems import SheetError

Role = Literal["actual", "plan", "rate"]
ROLES: tuple[Role, ...] = ("actual", "plan", "rate")
# How far down a sheet its header may start.
HEADER_SCAN_ROWS = 40

SCHEME_LABELS: dict[str, Scheme] = {
    "bhxh": Scheme.BHXH,
    "bao-hiem-xa-hoi": Scheme.BHXH,
    "bhxh-bat-buoc": Scheme.BHXH_BAT_BUOC,
    "bhxh-bb": Scheme.BHXH_BAT_BUOC,
    "bao-hiem-xa-hoi-bat-buoc": Scheme.BHXH_BAT_BUOC,
    "bhxh-tu-nguyen": Scheme.BHXH_TU_NGUYEN,
    "bhxh-tn": Scheme.BHXH_TU_NGUYEN,
    "bao-hiem-xa-hoi-tu-nguyen": Scheme.BHXH_TU_NGUYEN,
    "bhtn": Scheme.BHTN,
    "bao-hiem-that-nghiep": Scheme.BHTN,
    "bhyt": Scheme.BHYT,
    "bao-hiem-y-te": Scheme.BHYT,
    "bhyt-ho-gia-dinh": Scheme.BHYT_HO_GIA_DINH,
    "bhyt-hgd": Scheme.BHYT_HO_GIA_DINH,
    "bao-hiem-y-te-ho-gia-dinh": Scheme.BHYT_HO_GIA_DINH,
}
# Role words, longest first; a role cell may go on ("Kế hoạch năm 2024", "Thực hiện 4 tháng").
_ROLE_WORDS: dict[str, Role] = {
    "ke-hoach-giao": "plan",
    "ke-hoach": "plan",
    "chi-tieu-giao": "plan",
    "chi-tieu": "plan",
    "kh-giao": "plan",
    "kh": "plan",
    "plan": "plan",
    "thuc-hien": "actual",
    "th": "actual",
    "luy-ke": "actual",
    "so-nguoi-tham-gia": "actual",
    "so-nguoi": "actual",
    "actual": "actual",
    "ty-le": "rate",
    "rate": "rate",
}
ROLE_WORDS: tuple[tuple[str, Role], ...] = tuple(
    sorted(_ROLE_WORDS.items(), key=lambda item: -len(item[0]))
)
_FILLERS = ("so-nguoi-tham-gia-", "tham-gia-", "so-nguoi-")
NAME_LABELS = frozenset(
    {"don-vi", "ten-don-vi", "dia-ban", "ten", "huyen", "xa", "phuong-xa", "xa-phuong", "unit"}
)
ORDER_LABELS = frozenset({"stt", "tt", "so-tt"})
# A column of the units' administrative codes: rows are matched by code where it has one.
CODE_LABELS = frozenset({"ma", "ma-so", "ma-don-vi", "ma-dvhc", "ma-don-vi-hanh-chinh", "code"})
# The hidden column of `bhxh template` that holds each row's unit path.
KEY_LABEL = "bhxh-key"


class Column(NamedTuple):
    """A column of figures: its scheme and what it holds."""

    col: int
    scheme: Scheme
    role: Role


@dataclass(frozen=True)
class Layout:
    """The header's last row, the columns of names, order numbers, keys and codes, and of
    figures."""

    header_end: int
    name_col: int | None
    columns: tuple[Column, ...]
    order_col: int | None = None
    key_col: int | None = None
    code_col: int | None = None

    def of(self, scheme: Scheme, role: Role) -> Column | None:
        """The column of `scheme` holding `role`, if the sheet has one."""
        return next((c for c in self.columns if c.scheme == scheme and c.role == role), None)

    def by_role(self, role: Role) -> tuple[Column, ...]:
        """The columns holding `role`, in column order."""
        return self._roles[role]

    @cached_property
    def _roles(self) -> dict[Role, tuple[Column, ...]]:
        return {role: tuple(c for c in self.columns if c.role == role) for role in ROLES}

    @property
    def schemes(self) -> tuple[Scheme, ...]:
        """The schemes with an actual column, in column order."""
        return tuple(dict.fromkeys(c.scheme for c in self.columns if c.role == "actual"))


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def role_of(text: str) -> Role | None:
    """The role a sub-header cell names, or None."""
    if text.strip() == "%":
        return "rate"
    folded = fold(text)
    for words, role in ROLE_WORDS:
        if folded == words or folded.startswith(words + "-"):
            return role
    return None


def scheme_of(text: str) -> tuple[Scheme, Role | None] | None:
    """The scheme a header cell names, with the role it names too ("Thực hiện BHXH")."""
    folded = fold(re.sub(r"\(.*?\)", " ", text))
    role: Role | None = None
    for words, found in ROLE_WORDS:
        if folded.startswith(words + "-") and folded[len(words) + 1 :] not in ("",):
            rest = folded[len(words) + 1 :]
            if _scheme_label(rest) is not None:
                role, folded = found, rest
                break
    scheme = _scheme_label(folded)
    return (scheme, role) if scheme is not None else None


def _scheme_label(folded: str) -> Scheme | None:
    for filler in _FILLERS:
        folded = folded.removeprefix(filler)
    return SCHEME_LABELS.get(folded.removesuffix("-nguoi"))


def recognise(grid: Grid) -> Layout:
    """The layout of a sheet, from its labels; SheetError when no header is found."""
    for row in range(min(len(grid.rows), HEADER_SCAN_ROWS)):
        found = {
            col: named
            for col in range(len(grid.rows[row]))
            if (named := scheme_of(_text(grid.spread(row, col)))) is not None
        }
        if found:
            return _layout(grid, row, found)
    message, hint = Message("import.no_header"), Message("import.no_header.hint")
    raise SheetError([(grid.sheet, message, hint)])


def _layout(grid: Grid, row: int, found: dict[int, tuple[Scheme, Role | None]]) -> Layout:
    below = row + 1
    columns: dict[int, Column] = {}
    end = row
    for col in sorted(found):
        scheme, own = found[col]
        sub = role_of(_text(grid.spread(below, col)))
        if own is not None:
            columns[col] = Column(col, scheme, own)
            continue
        if sub is None:
            columns[col] = Column(col, scheme, "actual")
            continue
        end = below
        columns[col] = Column(col, scheme, sub)
        # A group label in the first cell only (no merged range known: .ods, CSV): the roles
        # to its right under empty cells belong to it too.
        right, taken = col + 1, {sub}
        while right not in found and grid.spread(row, right) == "":
            role = role_of(_text(grid.spread(below, right)))
            if role is None or role in taken:
                break
            columns[right] = Column(right, scheme, role)
            taken.add(role)
            right += 1
    _no_column_twice(grid, row, list(columns.values()))
    labels = _labels(grid, row, end)
    first = min(columns)
    name_col = labels.get("name")
    if name_col is None:  # the column of text just left of the figures
        other = (labels.get("order"), labels.get("code"))
        name_col = next((c for c in range(first - 1, -1, -1) if c not in other), None)
    return Layout(
        end,
        name_col,
        tuple(columns[c] for c in sorted(columns)),
        order_col=labels.get("order"),
        key_col=labels.get("key"),
        code_col=labels.get("code"),
    )


def _labels(grid: Grid, first: int, last: int) -> dict[str, int]:
    labels: dict[str, int] = {}
    for row in range(first, last + 1):
        for col in range(len(grid.rows[row])):
            folded = fold(_text(grid.value(row, col)))
            if folded == KEY_LABEL:
                labels.setdefault("key", col)
            elif folded in ORDER_LABELS:
                labels.setdefault("order", col)
            elif folded in CODE_LABELS:
                labels.setdefault("code", col)
            elif folded in NAME_LABELS or folded.startswith(("ten-", "don-vi-")):
                labels.setdefault("name", col)
    return labels


_ROLE_NAMES = {
    "actual": Message("import.role.actual"),
    "plan": Message("import.role.plan"),
    "rate": Message("import.role.rate"),
}


def _no_column_twice(grid: Grid, row: int, columns: list[Column]) -> None:
    seen: dict[tuple[Scheme, Role], Column] = {}
    for column in sorted(columns, key=lambda c: c.col):
        first = seen.setdefault((column.scheme, column.role), column)
        if first is not column:
            message = Message(
                "import.column_twice",
                scheme=column.scheme.value,
                role=_ROLE_NAMES[column.role],
                first=grid.cell(row, first.col),
            )
            raise SheetError(
                [(grid.cell(row, column.col), message, Message("import.mapping.hint"))]
            )

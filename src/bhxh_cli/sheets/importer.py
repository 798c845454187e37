"""`bhxh import`: a sheet's figures as a new file of the data set, checked before it is written.

The sheet is read (`grid`), its header recognised or given (`layout`, `mapping`), its rows
read and checked (`rows`). The snapshot becomes a YAML file of the set (`actuals/P-DATE.yaml`
beside the targets file by default) that adds an `actuals` entry to each unit by its path; the
whole set is validated with it in place before a byte is written, and the file is written under
a temporary name and then linked to its name, so that an existing file is never overwritten
(`--replace` replaces only a file this command wrote, which says so on its first line). Plans in
the sheet check its rates and totals; they are never written as targets.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn, cast

from bhxh_cli.datafile.collector import collector_paused
from bhxh_cli.domain.data import SCHEME_KEYS
from bhxh_cli.domain.schemes import SCHEMES, Scheme
from bhxh_cli.domain.units import UnitRef
from bhxh_cli.errors import DataError, Problem, UsageError
from bhxh_cli.messages import Message
from bhxh_cli.sheets import workbook
from bhxh_cli.sheets.grid import Grid, read_grid
from bhxh_cli.sheets.layout import HEADER_SCAN_ROWS, Layout, recognise
from bhxh_cli.sheets.legacy import legacy_encoding
from bhxh_cli.sheets.problems import CellProblem, SheetError
from bhxh_cli.sheets.rows import ReadRows, UnitRow, read_rows
from bhxh_cli.sheets.units import UnitIndex

if TYPE_CHECKING:
    from collections.abc import Iterator

    from bhxh_cli.datafile import Dataset
    from bhxh_cli.domain.data import Snapshot
    from bhxh_cli.sheets.setcheck import NewEntry

MARK = "# Written by `bhxh import`"


class ImportRequest(NamedTuple):
    """What `bhxh import` was asked."""

    sheet_file: Path
    province: str
    as_of: date
    sheet: str | None = None
    mapping: Path | None = None
    output: Path | None = None
    replace: bool = False
    data: str | None = None


class Imported(NamedTuple):
    """What an import read, checked and wrote."""

    sheet: str
    rows: tuple[int, int]  # the first and last row of units, as the sheet numbers them
    units: int
    schemes: tuple[Scheme, ...]
    rates_checked: int
    sums_checked: int
    warnings: tuple[CellProblem, ...]
    set_warnings: tuple[Problem, ...]  # warnings of the data set about the new file
    output: Path
    replaced: bool
    files: int  # files of the data set, the new one included


def read_layout(grid: Grid, mapping: Path | None) -> Layout:
    """The layout a mapping file gives, else the one the labels show; old encodings refused."""
    for row in range(min(len(grid.rows), HEADER_SCAN_ROWS)):
        for col, value in enumerate(grid.rows[row]):
            found = legacy_encoding(value) if isinstance(value, str) else None
            if found is not None:
                message = Message("import.legacy", encoding=found, text=repr(value))
                hint = Message("import.legacy.hint", encoding=found)
                raise SheetError([(grid.cell(row, col), message, hint)])
    if mapping is not None:
        from bhxh_cli.sheets.mapping import read_mapping

        return read_mapping(mapping)
    return recognise(grid)


def shown_mapping(request: ImportRequest) -> str:
    """The mapping file of what the sheet's header was recognised as (`--show-mapping`)."""
    from bhxh_cli.sheets.mapping import mapping_text

    reading = workbook.reading(request.sheet_file, request.sheet)
    grid = read_grid(request.sheet_file, request.sheet, reading)
    return mapping_text(read_layout(grid, request.mapping))


def import_sheet(request: ImportRequest) -> Imported:
    """Read, check, validate with the data set, and write; nothing is written on any error.

    The sheet is read while Python starts and the data set loads (`workbook.reading`); a
    problem of the data set or of the province is reported before one of the sheet, as when
    they were read one by one."""
    from bhxh_cli.datafile import load
    from bhxh_cli.domain.units import resolve

    reading = workbook.reading(request.sheet_file, request.sheet)
    dataset = load(request.data, snapshots_of=request.as_of)  # all the import reads
    province = resolve(dataset.data, request.province)
    # The rows, the new file and its checks make a few objects per cell and no cycles.
    with collector_paused():
        sheet, read = _rows(request, province, reading)
        del reading  # the sheet's cells go with it: the new file and its checks reuse them
        return _imported(request, (dataset, province), sheet, read)


def _rows(
    request: ImportRequest, province: UnitRef, reading: workbook.Reading | None
) -> tuple[str, ReadRows]:
    """The sheet's name and its rows of units, each of which gives a figure; the grid is
    dropped once they are read (a few megabytes of cells for ten thousand communes)."""
    grid = read_grid(request.sheet_file, request.sheet, reading)
    layout = read_layout(grid, request.mapping)
    read = read_rows(grid, layout, UnitIndex.of(province, request.as_of))
    if read.errors:
        raise SheetError(read.errors)
    read.units = [unit for unit in read.units if unit.actual]  # a row left blank adds nothing
    if not read.units:
        raise SheetError([(grid.sheet, Message("import.no_units"), Message("import.mapping.hint"))])
    return grid.sheet, read


def _imported(
    request: ImportRequest, loaded: tuple[Dataset, UnitRef], sheet: str, read: ReadRows
) -> Imported:
    dataset, province = loaded
    output = request.output or _default_output(Path(dataset.path), province, request.as_of)
    replaced = _check_output(output, replace=request.replace)
    text, entries = snapshot_yaml(request, sheet, read)
    raw = text.encode("utf-8")
    del text  # its bytes are what is checked and written: the text goes before the checks
    targets = Path(dataset.path)
    if replaced:  # the old file's snapshots are in the set as loaded: read the set again
        files, warnings = _validated(targets, output, raw)
    else:
        files, warnings = _checked(dataset, output, raw, entries)
    write_new(output, raw, replace=replaced)
    given = set().union(*(unit.actual for unit in read.units))
    return Imported(
        sheet,
        (read.units[0].row + 1, read.units[-1].row + 1),
        len(read.units),
        tuple(s for s in SCHEMES if s in given),
        read.rates_checked,
        read.sums_checked,
        tuple(read.warnings),
        tuple(warnings),
        output,
        replaced,
        files,
    )


def _checked(
    dataset: Dataset, output: Path, raw: bytes, entries: list[NewEntry]
) -> tuple[int, list[Problem]]:
    """The set as loaded with the new file (`setcheck`); on an error, the full validation."""
    from bhxh_cli.datafile.members import covers
    from bhxh_cli.sheets.setcheck import problems_with

    targets = Path(dataset.path)
    if not any(
        covers(Path(p), e, output) for p, _, entries_of in dataset.members for e in entries_of
    ):
        _not_included(output, targets)
    found = problems_with(dataset.data, dataset.path, str(output), entries, date.today())
    errors = [p for p in found if p.severity == "error"]
    if errors:
        _validated(targets, output, raw)
        raise DataError(errors)  # pragma: no cover - the full validation finds them too
    own = sorted(  # in the order of the full validation: by line and column
        (p for p in found if p.position.file == str(output)),
        key=lambda p: (p.position.line, p.position.col),
    )
    if any(name == "first" for p in own for name, _ in p.message.values):
        # a warning naming the place of a figure already in the set (a second snapshot of
        # the day), which only the full reading of the set knows
        return _validated(targets, output, raw)
    return len(dataset.members) + 1, own


def _not_included(output: Path, targets: Path) -> NoReturn:
    message = Message("import.not_included", path=str(output), targets=str(targets))
    raise UsageError(message, hint=Message("import.not_included.hint"))


def _default_output(targets: Path, province: UnitRef, as_of: date) -> Path:
    return (
        targets.parent / "actuals" / f"{province.path.replace('/', '-')}-{as_of.isoformat()}.yaml"
    )


def _check_output(output: Path, *, replace: bool) -> bool:
    """Whether an existing file will be replaced; a usage error when it may not be."""
    if not output.exists():
        return False
    if not replace:
        raise UsageError(
            Message("import.exists", path=str(output)), hint=Message("import.exists.hint")
        )
    from bhxh_cli.datafile.files import read_text

    try:
        ours = read_text(output).startswith(MARK)
    except DataError:
        ours = False
    if not ours:
        raise UsageError(Message("import.not_ours", path=str(output)))
    return True


def _validated(targets: Path, output: Path, raw: bytes) -> tuple[int, list[Problem]]:
    """Validate the data set with the new file in place: its number of files and the new
    file's warnings, or DataError with every error."""
    from bhxh_cli.datafile.dataset import gather
    from bhxh_cli.datafile.files import read_bytes
    from bhxh_cli.datafile.parse import examine_document

    gathered = gather(targets, read_bytes(targets), pending=(output, raw))
    if not gathered.has(output):
        _not_included(output, targets)
    files = [member.document.file for member in gathered.members]
    examined = examine_document(gathered.document, date.today(), gathered.problems, files)
    if examined.errors:
        raise DataError(examined.errors)
    own = [p for p in examined.problems if p.position.file == str(output)]
    return len(gathered.members), own


def _printable(text: str) -> str:
    return "".join(char if char.isprintable() else "?" for char in text)


def snapshot_yaml(request: ImportRequest, sheet: str, read: ReadRows) -> tuple[str, list[NewEntry]]:
    """The file of the set that adds the sheet's snapshot to each unit, by its path, and each
    new snapshot with the line it starts on.

    A unit's text is the same up to its path, figures and row: a run of units that give the
    same schemes is written from one template, its values a column at a time (ten thousand
    communes in a province, most sheets one run)."""
    from itertools import groupby, repeat
    from operator import itemgetter

    from bhxh_cli.sheets.setcheck import NewEntry

    name, sheet = _printable(request.sheet_file.name), _printable(sheet)
    text = [
        f"{MARK} from {name}, sheet {sheet}; `bhxh import --replace` may write it again.\n",
        "units:\n",
    ]
    # Every source is the same text up to its row number: quoted once, the number added.
    prefix = f"{name}, {sheet} row "
    quoted = _double_quoted(prefix)[:-1]
    head = f":\n    actuals:\n      - as_of: {request.as_of.isoformat()}\n"
    units = read.units
    actuals = list(map(itemgetter(2), units))
    shapes = list(map(tuple, actuals))  # each unit's schemes, in the order its row gave them
    snapshots = _snapshots(request.as_of, prefix, units)
    line = len(text)  # the lines written so far
    lines: list[int] = []
    start = 0
    for shape, run in groupby(shapes):
        end = start + len(list(run))
        keys = [(scheme, key) for scheme, key in SCHEME_KEYS if scheme in shape]
        template = "".join(
            [
                "  %s",
                _literal(head),
                *(f"        {_literal(key)}: %s\n" for _, key in keys),
                f'        source: {_literal(quoted)}%s"\n',
            ]
        )
        part = actuals[start:end]
        columns = [list(map(itemgetter(scheme), part)) for scheme, _ in keys]
        numbers = [row + 1 for row in map(itemgetter(1), units[start:end])]
        paths = map(itemgetter(0), units[start:end])
        text.append("".join(map(template.__mod__, zip(paths, *columns, numbers, strict=True))))
        step = 4 + len(keys)  # a unit's lines: its path, `actuals:`, `- as_of:`, figures, source
        lines += range(line + 3, line + 3 + step * (end - start), step)  # at `- as_of:`
        line += step * (end - start)
        start = end
    # NewEntry's own __new__ is Python's: ten thousand are made as the tuples they are
    made = zip(units, snapshots, lines, strict=True)
    return "".join(text), list(
        cast("Iterator[NewEntry]", map(tuple.__new__, repeat(NewEntry), made))
    )


def _double_quoted(text: str) -> str:
    """Printable text (`_printable`) as a YAML double-quoted scalar, as `json.dumps` quotes it
    keeping non-ASCII: only a backslash and a double quote are escaped in such text."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _literal(text: str) -> str:
    """`text` as it stands in a %-template."""
    return text.replace("%", "%%")


def _snapshots(day: date, prefix: str, units: list[UnitRow]) -> list[Snapshot]:
    """Each unit's new snapshot, made as the cache makes snapshots (`columns.table`), a
    column per field, each column checked for its field's type: a third of the time of each
    dataclass's own `__init__` (ten thousand communes in a province)."""
    from bhxh_cli.datafile.columns import names, table
    from bhxh_cli.domain.data import Snapshot

    present = set().union(*(unit.actual for unit in units))
    given: dict[str, list[Any]] = {
        key: [unit.actual.get(scheme) for unit in units]
        for scheme, key in SCHEME_KEYS
        if scheme in present
    }
    given["as_of"] = [day] * len(units)
    given["source"] = [f"{prefix}{unit.row + 1}" for unit in units]
    columns = tuple(given.get(name) or [None] * len(units) for name in names(Snapshot))
    snapshots: list[Snapshot] = table(Snapshot, columns, {"as_of": list})
    return snapshots


def write_new(path: Path, raw: bytes, *, replace: bool) -> None:
    """Write `raw` under a temporary name beside `path`, then give it its name: linked, so that
    a file that appeared meanwhile is never overwritten, or renamed over the file this command
    wrote when `replace`. The temporary file goes whatever happens."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.partial")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
        if replace:
            temp.replace(path)
        else:
            _link(temp, path, raw)
    finally:
        temp.unlink(missing_ok=True)


def _link(temp: Path, path: Path, raw: bytes) -> None:
    """Give the written file its name, never over an existing file: a hard link, or where the
    file system has none, a file created only if the name is free."""
    exists = UsageError(
        Message("import.exists", path=str(path)), hint=Message("import.exists.hint")
    )
    try:
        os.link(temp, path)
    except FileExistsError:
        raise exists from None
    except OSError:  # no hard links here (some network and removable file systems)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            raise exists from None
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)

"""A sheet's rows matched to the data file's units: by name, folded as `--province` folds it
(administrative prefixes and their abbreviations, tone placement, NBSP, double spaces), by the
unit path in a template's key column, or by the code in a column of codes ("Mã ĐVHC").

Where the file's sub-units carry codes, a name the folding does not settle is looked up in the
administrative registry on the map of the import's date, among the units of the province, and
finds the sub-unit with that code: "Thị xã Long Mỹ" is never taken for the file's "Huyện Long
Mỹ", and a name the registry finds twice ("Long Mỹ") is an error listing both with their codes.
The registry is loaded only then.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from bhxh_cli.domain.names import canonical, fold, without_prefix
from bhxh_cli.domain.units import UnitRef
from bhxh_cli.messages import Message, close_matches
from bhxh_cli.sheets.folded import FoldedNames

if TYPE_CHECKING:
    from bhxh_cli.domain.data import Unit
    from bhxh_cli.registry.model import RegistryUnit


class UnmatchedError(Exception):
    """A name or key that names no unit, or several; the message says which."""

    def __init__(self, message: Message, hint: Message | None = None) -> None:
        super().__init__(message.key)
        self.message = message
        self.hint = hint


@dataclass
class UnitIndex:
    """The sub-units of a province at any depth, by folded name and by path."""

    province: UnitRef
    # The day whose map names are looked up on in the registry (None: never).
    day: date | None = None
    # Every sub-unit by path, in the order of `walk` (a UnitRef is made only for a unit asked
    # for: a province has thousands, and a sheet names most of them by name, for their paths).
    units: dict[str, Unit] = field(default_factory=dict)
    # Paths by the names exactly as the data file writes them (None: two units share one), for
    # the usual sheet whose names are the file's own; any other name is compared folded.
    written: dict[str, str | None] = field(default_factory=dict)
    names: FoldedNames | None = None
    # The sub-units with a code, by the code's number (a sheet may drop its leading zeros).
    coded: dict[int, list[UnitRef]] | None = None
    # The registry's sub-units of the province on the map of `day`, by folded name.
    registry_names: dict[str, list[RegistryUnit]] | None = None

    @classmethod
    def of(cls, province: UnitRef, day: date | None = None) -> UnitIndex:
        """The index of every sub-unit of `province` (folded names when first needed); names
        are looked up in the registry on the map of `day`, when given."""
        index = cls(province, day)
        _add_sub_units(province.path, province.unit, index.units)
        names = [unit.name for unit in index.units.values()]
        index.written = dict(zip(names, index.units, strict=True))
        if len(index.written) < len(names):
            for name, count in Counter(names).items():
                if count > 1:
                    index.written[name] = None
        return index

    def named_exactly(self, names: list[str]) -> list[str | None]:
        """The path of the one unit each name is written exactly as (NFC), or None (an empty
        name names none)."""
        found = list(map(self.written.get, map(partial(unicodedata.normalize, "NFC"), names)))
        if "" in self.written:  # a unit without a name; an empty cell is still no unit's
            return [path if name else None for name, path in zip(names, found, strict=True)]
        return found

    def _names(self) -> FoldedNames:
        if self.names is None:
            self.names = FoldedNames(self.units)
        return self.names

    def ref(self, path: str) -> UnitRef:
        """The sub-unit at `path`, one of `units`."""
        return UnitRef(path, self.units[path])

    def is_province(self, folded: str) -> bool:
        """Whether a folded name is the province's own (a total row, never a unit)."""
        return without_prefix(canonical(folded)) == self.own_name

    @property
    def own_name(self) -> str:
        """The province's name, folded, without its prefix."""
        return without_prefix(canonical(fold(self.province.unit.name)))

    def names_one(self, name: str, folded: str) -> bool:
        """Whether `name` names exactly one unit (no candidates are sought for a message)."""
        try:
            return self._one(name, folded)[0] is not None
        except UnmatchedError:
            return False

    def _one(self, name: str, folded: str) -> tuple[UnitRef | None, list[UnitRef]]:
        """The one unit `name` names, or None with the units its folded name finds."""
        exact, bare = self._names().named(canonical(folded))
        if len(exact) == 1:
            return exact[0], exact
        found = exact or bare
        through = self._through_registry(name, found)
        if through is not None:
            return through, found
        return (found[0] if len(found) == 1 else None), found

    def by_name(self, name: str, folded: str) -> UnitRef:
        """The one unit `name` (folded: `folded`) names; UnmatchedError with the closest
        candidates else."""
        one, found = self._one(name, folded)
        if one is not None:
            return one
        wanted = canonical(folded)
        if found:
            paths = tuple(ref.path for ref in found)
            raise UnmatchedError(Message("import.several_units", name=repr(name), paths=paths))
        names = {
            without_prefix(canonical(own)): unit.name
            for own, unit in zip(self._names().folded(), self.units.values(), strict=True)
        }
        close = close_matches(without_prefix(wanted), list(names), most=3, cutoff=0.5)
        hint = (
            Message("import.closest.hint", names=tuple(repr(names[c]) for c in close))
            if close
            else Message("import.no_close.hint", province=self.province.path)
        )
        message = Message("import.unknown_unit", name=repr(name), province=self.province.path)
        raise UnmatchedError(message, hint)

    def by_key(self, key: str) -> UnitRef:
        """The unit at a template's key (its path); UnmatchedError else."""
        path = key.strip()
        if path not in self.units:
            message = Message("import.unknown_key", key=repr(key), province=self.province.path)
            raise UnmatchedError(message, Message("import.unknown_key.hint"))
        return self.ref(path)

    def codes(self) -> dict[int, list[UnitRef]]:
        """The sub-units with a code, by its number."""
        if self.coded is None:
            self.coded = {}
            for path, unit in self.units.items():
                code = unit.code
                if code is not None and code.isascii() and code.isdigit():
                    self.coded.setdefault(int(code), []).append(UnitRef(path, unit))
        return self.coded

    def _through_registry(self, name: str, found: list[UnitRef]) -> UnitRef | None:
        """The sub-unit a name not named exactly finds through the registry: the one with the
        code of the registry unit of that name; None when the registry knows no such name here
        (the folding decides). UnmatchedError when the registry finds two units of that name,
        or finds one the file has no code of and the folding finds no uncoded unit instead."""
        if self.day is None or not self.codes():
            return None
        from bhxh_cli.registry.lookup import named_among, province_names

        day = self.day
        if self.registry_names is None:
            self.registry_names = province_names(self.province, day)
        candidates = named_among(self.registry_names, name)
        if len(candidates) > 1:
            units = tuple(
                Message("import.registry_unit", name=unit.full_name_on(day), code=unit.code)
                for unit in candidates
            )
            message = Message("import.registry_several", name=repr(name), units=units)
            raise UnmatchedError(message, Message("import.registry_several.hint"))
        if not candidates:
            return None
        [unit] = candidates
        in_file = self.codes().get(int(unit.code), [])
        uncoded = [ref for ref in found if not ref.unit.code]
        if len(in_file) == 1 or (not in_file and len(uncoded) == 1):
            return (in_file or uncoded)[0]
        if in_file:
            paths = tuple(ref.path for ref in in_file)
            raise UnmatchedError(Message("import.several_units", name=repr(name), paths=paths))
        message = Message(
            "import.registry_not_in_file",
            name=repr(name),
            unit=unit.full_name_on(day),
            code=unit.code,
            day=day,
            province=self.province.path,
        )
        raise UnmatchedError(message, Message("import.registry_not_in_file.hint"))

    def by_code(self, value: object, name: str, known: str | None) -> UnitRef:
        """The unit with the code of a code cell; UnmatchedError when no unit has it, or when
        the row's name names another unit (a row shifted against its codes)."""
        code = code_text(value)
        found = self.codes().get(int(code), [])
        if len(found) != 1:
            if found:
                paths = tuple(ref.path for ref in found)
                raise UnmatchedError(Message("import.several_units", name=repr(code), paths=paths))
            message = Message("import.unknown_code", code=repr(code), province=self.province.path)
            raise UnmatchedError(message, Message("import.unknown_code.hint"))
        ref = found[0]
        named = known
        if named is None and name:
            try:
                named = self.by_name(name, fold(name)).path
            except UnmatchedError:
                named = None  # a name the file does not know: the code decides
        if named is not None and named != ref.path:
            message = Message(
                "import.code_other_unit", code=repr(code), unit=ref.path, name=repr(name)
            )
            raise UnmatchedError(message, Message("import.code_other_unit.hint", other=named))
        return ref


def _add_sub_units(path: str, unit: Unit, into: dict[str, Unit]) -> None:
    """The sub-units of `unit` at any depth into `into` by path, depth first in file order, as
    `walk` yields them."""
    for slug, sub in unit.units.items():
        below = f"{path}/{slug}"
        into[below] = sub
        if sub.units:  # most units have none
            _add_sub_units(below, sub, into)


def code_text(value: object) -> str:
    """A code cell's code as digits: a true number must be whole (`937.0` is 937), text is
    digits; UnmatchedError else."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value >= 0 and (isinstance(value, int) or value.is_integer()):
            return str(int(value))
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return value.strip()
    raise UnmatchedError(Message("import.bad_code", code=repr(value)))

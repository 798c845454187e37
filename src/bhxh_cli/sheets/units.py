"""A sheet's rows matched to the data file's units: by name, folded as `--province` folds it
(administrative prefixes and their abbreviations, tone placement, NBSP, double spaces), or by
the unit path in a template's key column."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from bhxh_cli.domain.names import canonical, fold, without_prefix
from bhxh_cli.domain.units import UnitRef, walk
from bhxh_cli.messages import Message, close_matches


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
    by_path: dict[str, UnitRef] = field(default_factory=dict)
    # Names exactly as the data file writes them (None: two units share one), for the usual
    # sheet whose names are the file's own; any other name is compared folded.
    written: dict[str, UnitRef | None] = field(default_factory=dict)
    exact: dict[str, list[UnitRef]] = field(default_factory=dict)
    bare: dict[str, list[UnitRef]] = field(default_factory=dict)

    @classmethod
    def of(cls, province: UnitRef) -> UnitIndex:
        """The index of every sub-unit of `province` (folded names when first needed)."""
        index = cls(province)
        for ref in walk(province):
            if ref is not province:
                index.by_path[ref.path] = ref
                name = ref.unit.name
                index.written[name] = None if name in index.written else ref
        return index

    def exactly(self, name: str) -> UnitRef | None:
        """The one unit whose name is written exactly `name` (NFC), or None."""
        return self.written.get(unicodedata.normalize("NFC", name))

    def _fold_names(self) -> None:
        if self.exact or not self.by_path:
            return
        for ref in self.by_path.values():
            named = canonical(fold(ref.unit.name))
            for key in dict.fromkeys((named, ref.slug)):
                self.exact.setdefault(key, []).append(ref)
            self.bare.setdefault(without_prefix(named), []).append(ref)

    def is_province(self, folded: str) -> bool:
        """Whether a folded name is the province's own (a total row, never a unit)."""
        return without_prefix(canonical(folded)) == self.own_name

    @property
    def own_name(self) -> str:
        """The province's name, folded, without its prefix."""
        return without_prefix(canonical(fold(self.province.unit.name)))

    def names_one(self, folded: str) -> bool:
        """Whether a folded name names exactly one unit (no candidates are sought)."""
        return len(self._named(folded)) == 1

    def _named(self, folded: str) -> list[UnitRef]:
        self._fold_names()
        wanted = canonical(folded)
        return self.exact.get(wanted) or self.bare.get(without_prefix(wanted), [])

    def by_name(self, name: str, folded: str) -> UnitRef:
        """The one unit `name` (folded: `folded`) names; UnmatchedError with the closest
        candidates else."""
        found = self._named(folded)
        wanted = canonical(folded)
        if len(found) == 1:
            return found[0]
        if found:
            paths = tuple(ref.path for ref in found)
            raise UnmatchedError(Message("import.several_units", name=repr(name), paths=paths))
        names = {
            without_prefix(canonical(fold(ref.unit.name))): ref.unit.name
            for ref in self.by_path.values()
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
        found = self.by_path.get(key.strip())
        if found is None:
            message = Message("import.unknown_key", key=repr(key), province=self.province.path)
            raise UnmatchedError(message, Message("import.unknown_key.hint"))
        return found

"""A sheet's rows matched to the data file's units: by name, folded as `--province` folds it
(administrative prefixes and their abbreviations, tone placement, NBSP, double spaces), or by
the unit path in a template's key column."""

from __future__ import annotations

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
    exact: dict[str, list[UnitRef]] = field(default_factory=dict)
    bare: dict[str, list[UnitRef]] = field(default_factory=dict)

    @classmethod
    def of(cls, province: UnitRef) -> UnitIndex:
        """The index of every sub-unit of `province`."""
        index = cls(province)
        for ref in walk(province):
            if ref is province:
                continue
            index.by_path[ref.path] = ref
            named = canonical(fold(ref.unit.name))
            for key in dict.fromkeys((named, ref.slug)):
                index.exact.setdefault(key, []).append(ref)
            index.bare.setdefault(without_prefix(named), []).append(ref)
        return index

    def is_province(self, folded: str) -> bool:
        """Whether a folded name is the province's own (a total row, never a unit)."""
        return without_prefix(canonical(folded)) == self.own_name

    @property
    def own_name(self) -> str:
        """The province's name, folded, without its prefix."""
        return without_prefix(canonical(fold(self.province.unit.name)))

    def by_name(self, name: str, folded: str) -> UnitRef:
        """The one unit `name` (folded: `folded`) names; UnmatchedError with the closest
        candidates else."""
        wanted = canonical(folded)
        found = self.exact.get(wanted) or self.bare.get(without_prefix(wanted), [])
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

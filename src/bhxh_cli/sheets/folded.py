"""The units of a sheet's province by folded name, for the rows whose names are not written as
the data file writes them.

Most sheets name every unit exactly and ask this of a few rows only: the total "Tổng cộng",
whether a unit is so named ("Cộng Hòa" is a unit, "Cộng" a subtotal). Such a question is
answered from the few units whose folded name ends in the same word (a prefix is rewritten or
dropped at the start of a name, never its last word), found in the names folded together. A
sheet that asks more (its names are not the data file's) has every folded name indexed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bhxh_cli.domain.names import canonical_all, fold_all, without_prefix, without_prefix_all
from bhxh_cli.domain.units import UnitRef

if TYPE_CHECKING:
    from bhxh_cli.domain.data import Unit

# How many names are answered from their last word before every name is indexed.
SCANS = 8


class FoldedNames:
    """The units (by path) whose folded names (prefix written out), slugs or names without
    prefix are a given name."""

    def __init__(self, units: dict[str, Unit]) -> None:
        self.paths, self.units = list(units), list(units.values())
        self.scans = 0
        self._folded: list[str] | None = None
        # The folded names and the paths, each joined by newlines ("" where a path holds one).
        self._lines: tuple[str, str] | None = None
        self._index: tuple[dict[str, list[UnitRef]], dict[str, list[UnitRef]]] | None = None

    def named(self, wanted: str) -> tuple[list[UnitRef], list[UnitRef]]:
        """The units whose name, prefix written out, or slug is `wanted` (canonical), and those
        whose name without prefix (or as it is) is `wanted`'s without prefix, in file order."""
        last = wanted.rpartition("-")[2]
        scan = self._index is None and self.scans < SCANS and bool(last) and "\n" not in wanted
        if scan and self._scannable():
            self.scans += 1
            return self._scanned(wanted)
        exact, bare = self._indexed()
        return exact.get(wanted, []), bare.get(without_prefix(wanted), [])

    def folded(self) -> list[str]:
        """Every unit's folded name, in file order."""
        if self._folded is None:
            self._folded = fold_all([unit.name for unit in self.units])
        return self._folded

    def _scannable(self) -> bool:
        """Whether the folded names and the paths join into lines, one a unit (no path holds a
        newline), so that a unit is found by its line."""
        if self._lines is None:
            folded, paths = "\n".join(self.folded()), "\n".join(self.paths)
            lines = (folded, paths) if paths.count("\n") == len(self.paths) - 1 else ("", "")
            self._lines = lines
        return bool(self._lines[1])

    def _scanned(self, wanted: str) -> tuple[list[UnitRef], list[UnitRef]]:
        """What the index would give for `wanted`, from the units whose folded name ends in its
        last word, and those whose slug is `wanted`."""
        assert self._lines is not None
        folded, paths = self._lines
        alike = _lines_ending(folded, wanted.rpartition("-")[2])
        named = canonical_all([self.folded()[at] for at in alike])
        bare = without_prefix(wanted)
        slugs = _lines_ending(paths, "/" + wanted)
        exact = sorted(
            {at for at, name in zip(alike, named, strict=True) if name == wanted}
            | {at for at in slugs if self.paths[at].rpartition("/")[2] == wanted}
        )
        found = [
            at
            for at, name, without in zip(alike, named, without_prefix_all(named), strict=True)
            if bare in (name, without)
        ]
        return [self._ref(at) for at in exact], [self._ref(at) for at in found]

    def _ref(self, at: int) -> UnitRef:
        return UnitRef(self.paths[at], self.units[at])

    def _indexed(self) -> tuple[dict[str, list[UnitRef]], dict[str, list[UnitRef]]]:
        """Every unit by folded name and by slug, and by name without prefix and as it is."""
        if self._index is None:
            exact: dict[str, list[UnitRef]] = {}
            bare: dict[str, list[UnitRef]] = {}
            named_all = canonical_all(self.folded())
            refs = map(UnitRef, self.paths, self.units)
            for ref, named, without in zip(
                refs, named_all, without_prefix_all(named_all), strict=True
            ):
                slug = ref.path.rpartition("/")[2]
                exact.setdefault(named, []).append(ref)
                if slug != named:
                    exact.setdefault(slug, []).append(ref)
                # A name that starts like a prefix ("Phương Bình") is also its own bare name,
                # so that "X. Phương Bình" finds it.
                bare.setdefault(without, []).append(ref)
                if without != named:
                    bare.setdefault(named, []).append(ref)
            self._index = exact, bare
        return self._index


def _lines_ending(text: str, tail: str) -> list[int]:
    """The numbers of the lines of `text` (from 0) that end in `tail` (no newline in it)."""
    found: list[int] = []
    line, counted = 0, 0
    ends = [*_finds(text, tail + "\n"), *([len(text) - len(tail)] if text.endswith(tail) else [])]
    for at in ends:
        line += text.count("\n", counted, at)
        counted = at
        found.append(line)
    return found


def _finds(text: str, part: str) -> list[int]:
    """Where `part` occurs in `text`, at each place (occurrences never overlap: it ends in a
    newline and holds no other)."""
    places, at = [], text.find(part)
    while at >= 0:
        places.append(at)
        at = text.find(part, at + len(part))
    return places

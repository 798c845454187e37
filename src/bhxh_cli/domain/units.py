"""Finding units in a data file: by slug, path or name, and walking the tree."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from bhxh_cli.domain.data import DataFile, Unit
from bhxh_cli.domain.names import canonical, fold, without_prefix
from bhxh_cli.errors import UsageError
from bhxh_cli.messages import Message, close_matches


@dataclass(frozen=True)
class UnitRef:
    """A unit and its path from the province down, e.g. `can-tho/thoi-lai`."""

    path: str
    unit: Unit

    def __init__(self, path: str, unit: Unit) -> None:
        # The two fields stored straight into the instance's dict, not by the frozen
        # `__setattr__` of each (a quarter of the time): a walk makes one per unit.
        fields = self.__dict__
        fields["path"] = path
        fields["unit"] = unit

    @property
    def slug(self) -> str:
        """The unit's own key: the last step of its path."""
        return self.path.rsplit("/", 1)[-1]

    def children(self) -> list[UnitRef]:
        """The unit's sub-units with their paths, in file order."""
        return [UnitRef(f"{self.path}/{slug}", unit) for slug, unit in self.unit.units.items()]


def provinces(data: DataFile) -> list[UnitRef]:
    """The file's provinces, in file order."""
    return [UnitRef(slug, unit) for slug, unit in data.provinces.items()]


def walk(ref: UnitRef, depth: int | None = None) -> Iterator[UnitRef]:
    """The unit and its sub-units, depth first, in file order; `depth` limits how far down."""
    stack: list[tuple[UnitRef, int]] = [(ref, 0)]
    while stack:
        current, level = stack.pop()
        yield current
        subs = current.unit.units
        if subs and (depth is None or level < depth):  # most units have none
            prefix, below = f"{current.path}/", level + 1
            stack += [(UnitRef(prefix + slug, sub), below) for slug, sub in reversed(subs.items())]


def all_units(data: DataFile) -> Iterator[UnitRef]:
    """Every unit of the file: each province, then its sub-units depth first, in file order."""
    for province in provinces(data):
        yield from walk(province)


def _matching(refs: list[UnitRef], wanted: str) -> list[UnitRef]:
    """The units a folded name segment names: by slug or by name with its prefix written out
    (`tp-cao-lanh` is "Thành phố Cao Lãnh"); failing that, by name without prefix (`cao-lanh`),
    so that a prefix counts only where it tells two units apart (Thị xã and Huyện Long Mỹ)."""
    exact = [ref for ref in refs if _exactly(ref, wanted)]
    if exact:
        return exact
    bare = without_prefix(canonical(wanted))
    return [ref for ref in refs if bare in _bare_forms(ref)]


def _bare_forms(ref: UnitRef) -> tuple[str, str]:
    """A unit's name without its prefix, and as it is: a name may begin like a prefix
    ("Phương Bình" folds like "Phường Bình"), so "Xã Phương Bình" must find it too."""
    name = canonical(fold(ref.unit.name))
    return without_prefix(name), name


def _exactly(ref: UnitRef, wanted: str) -> bool:
    """Whether a folded name names the unit by slug or by name, prefix included."""
    name = fold(ref.unit.name)
    return wanted in (ref.slug, name) or canonical(wanted) == canonical(name)


def find_path(data: DataFile, path: str) -> UnitRef | None:
    """The unit at an exact slug path such as can-tho/thoi-lai, in time proportional to its
    depth (campaigns name thousands of units), or None."""
    province, *subs = path.split("/")
    unit = data.provinces.get(province)
    for sub in subs:
        unit = unit.units.get(sub) if unit is not None else None
    return UnitRef(path, unit) if unit is not None else None


def resolve(data: DataFile, query: str) -> UnitRef:
    """A unit from a slug, a path (`can-tho/thoi-lai`) or a name, with or without diacritics.
    An exact slug path wins; names are compared only when it finds nothing; and when they find
    nothing, or only by the bare name, a name (or code) of the administrative registry finds
    the unit of the file with that code (`registry.lookup.resolve_by_registry`)."""
    exact = find_path(data, query)
    if exact is not None:
        return exact
    segments = [fold(part) for part in query.split("/")]
    if not all(segments):
        raise UsageError(Message("unit.none", query=repr(query)), hint=_closest_hint(data, query))
    found = _matching(provinces(data), segments[0])
    if not found and len(segments) == 1:
        found = _matching([ref for ref in all_units(data) if "/" in ref.path], segments[0])
    for segment in segments[1:]:
        found = _matching([child for ref in found for child in ref.children()], segment)
    if len(segments) == 1 and not (found and all(_exactly(ref, segments[0]) for ref in found)):
        # not named exactly (or not at all): a name the registry knows finds the unit with its
        # code first, so that "Thị xã Long Mỹ" is not taken for the file's Huyện Long Mỹ
        from bhxh_cli.registry.lookup import resolve_by_registry

        found = resolve_by_registry(data, query) or found
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        paths = tuple(ref.path for ref in found)
        message = Message("unit.several", query=repr(query), paths=paths)
        raise UsageError(message, hint=Message("unit.several.hint"))
    raise UsageError(Message("unit.none", query=repr(query)), hint=_closest_hint(data, query))


def _closest_hint(data: DataFile, query: str) -> Message:
    paths = [ref.path for ref in all_units(data)]
    by_fold = {fold(ref.unit.name): ref.path for ref in all_units(data)}
    wanted = fold(query.replace("/", " "))
    close = close_matches(query.lower(), paths, most=3, cutoff=0.5)
    close += [by_fold[n] for n in close_matches(wanted, by_fold, most=3, cutoff=0.6)]
    unique = tuple(dict.fromkeys(close))[:3]
    if unique:
        return Message("unit.closest.hint", paths=unique)
    return Message("hint.see_provinces_list")

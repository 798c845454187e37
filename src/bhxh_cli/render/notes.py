"""Notes under a table that say where its figures come from: sums of sub-units or of members."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bhxh_cli.domain.periods import Period, period_parts
from bhxh_cli.i18n import Lang, text

if TYPE_CHECKING:  # annotations only: drawing a table does not load the roll-up code
    from datetime import date

    from bhxh_cli.domain.figures import DayFigures, Figures
    from bhxh_cli.domain.periods import Period
    from bhxh_cli.domain.selection import Citation


def _day(found: DayFigures) -> date | str:
    return found.as_of or "—"


def period_text(period: Period | None, lang: Lang) -> str:
    """The period in words in Vietnamese (`quý II/2025`), its id in English; or a dash."""
    if period is None:
        return "—"
    kind, year, number = period_parts(period)
    if kind == "range":
        return text("period.range", lang, start=period.start, end=period.end)
    if kind == "year":
        return text("period.year", lang, year=str(year))
    return text(f"period.{kind}{number}", lang, year=str(year))


def source_notes(sources: list[Citation], lang: Lang) -> list[str]:
    """`Source: ...` under a table; when there are several, each says which figures it gives."""
    if len(sources) == 1:
        return [text("note.source", lang, source=sources[0].source)]
    notes = []
    for cited in sources:
        if cited.participants and not cited.targets:
            notes.append(text("note.source_participants", lang, source=cited.source))
        elif cited.targets and not cited.participants:
            notes.append(text("note.source_targets", lang, source=cited.source))
        else:
            notes.append(text("note.source", lang, source=cited.source))
    return notes


def rollup_notes(unit: str, found: DayFigures, lang: Lang) -> list[str]:
    """Summed from N units, or no sum made with the missing ones named."""
    notes = []
    if found.figures and found.figures.summed_from:
        parts = found.figures.summed_from
        notes.append(
            text(
                "note.summed_from",
                lang,
                unit=unit,
                as_of=_day(found),
                count=len(parts),
                units=parts,
            )
        )
    if found.missing:
        notes.append(
            text("note.missing_units", lang, unit=unit, as_of=_day(found), units=found.missing)
        )
    return notes


def merger_notes(unit: str, members: list[str] | None, found: DayFigures, lang: Lang) -> list[str]:
    """Which provinces were added up, which lack the date, which were already inside."""
    if members is None:
        return []
    notes = [text("note.members", lang, members=tuple(members))]
    if found.missing_members:
        missing = found.missing_members
        notes.append(text("note.missing_members", lang, as_of=_day(found), members=missing))
    if found.absorbed:
        absorbed = found.absorbed
        notes.append(text("note.absorbed", lang, as_of=_day(found), members=absorbed, unit=unit))
    return notes


def closed_note(period: Period, as_of: date | None, days: int | None, lang: Lang) -> str:
    """A period that had ended by the reference day, and how close its last figures came."""
    if as_of is None or days is None:
        return text("note.period_closed_blank", lang, period=period.id, end=period.end)
    return text(
        "note.period_closed", lang, period=period.id, end=period.end, as_of=as_of, days=days
    )


def denominator_notes(unit: str, figures: Figures | None, lang: Lang) -> list[str]:
    """The unit's own written denominator was used where its sub-units add up to another."""
    if figures is None:
        return []
    return [
        text(
            "note.denominator_differs",
            lang,
            unit=unit,
            denominator=text(f"denominator.{which.value}", lang),
            own=base.value,
            summed=base.parts_sum,
            as_of=figures.as_of,
        )
        for which, base in figures.bases.items()
        if base.parts_sum is not None and base.value is not None
    ]


def target_name_notes(named: dict[Period, list[str]], lang: Lang) -> list[str]:
    """The names of the targets used (a council resolution, a plan), per period."""
    return [
        text("note.target_name", lang, period=period.id, name=tuple(names))
        for period, names in named.items()
        if names
    ]

"""Table views of `bhxh provinces --registry`: the provinces of a day's map, or one province's
districts or communes, in the user's language."""

from __future__ import annotations

from datetime import date
from typing import Any

from bhxh_cli.i18n import Lang, shown, text
from bhxh_cli.registry.listing import RegistryProvince, RegistryProvinces, RegistrySubUnits
from bhxh_cli.render.starter import type_word, type_words
from bhxh_cli.render.table import Cell, Column, RenderOptions, TableView

NONE = Cell("—")


def _columns(keys: tuple[str, ...], lang: Lang, numeric: frozenset[str]) -> list[Column]:
    return [Column(text(key, lang), numeric=key in numeric) for key in keys]


def change_text(change: dict[str, Any], lang: Lang) -> str:
    """A change in words: the new type from its day, or by the day it is known to be in force
    by when its own day is not known, with its resolution."""
    kind = type_word(change["type"])
    if change["on"] is None:
        day: date = change["in_force_by"]
        return text("registry.change_by", lang, type=kind, day=day, resolution=change["resolution"])
    on: date = change["on"]
    return text("registry.change_on", lang, type=kind, day=on, resolution=change["resolution"])


def registry_provinces_view(listing: RegistryProvinces, options: RenderOptions) -> TableView:
    """The provinces of the map of a day: code, slug, name, sub-units by type, and the old
    provinces each was formed from (new map) or the new one it became part of (old map)."""
    lang = options.lang
    new_map = listing.map == "2025"
    last = "col.formed_from" if new_map else "col.merged_into"
    keys = ("col.code", "col.slug", "col.name", f"col.registry.{listing.level}", last)
    rows = [
        [
            Cell(entry.code),
            Cell(entry.slug, bold=True),
            Cell(entry.full_name),
            Cell(shown(entry.units, lang)),
            Cell(shown(tuple(entry.formed_from), lang)) if new_map else _successor(entry),
        ]
        for entry in listing.entries
    ]
    title_key = "title.registry_new" if new_map else "title.registry_old"
    title = text(title_key, lang, count=len(listing.entries), day=listing.on)
    numeric = frozenset({f"col.registry.{listing.level}"})
    return TableView(title, _columns(keys, lang, numeric), rows, listing_notes(listing, lang))


def _successor(entry: RegistryProvince) -> Cell:
    return Cell(entry.merged_into) if entry.merged_into else NONE


def listing_notes(listing: RegistryProvinces, lang: Lang) -> list[str]:
    """The notes under the provinces: each type change, and, on the old map, its vintage."""
    notes = [
        text("registry.note_change", lang, name=entry.name, change=change_text(change, lang))
        for entry in listing.entries
        for change in entry.changes
    ]
    if listing.map == "2020":
        notes.append(text("registry.note_vintage", lang))
    return notes


def registry_sub_units_view(listing: RegistrySubUnits, options: RenderOptions) -> TableView:
    """A province's districts or communes: code, slug, full name, and any change of type."""
    lang = options.lang
    changed = any(entry.changes for entry in listing.entries)
    keys = ("col.code", "col.slug", "col.name", *(("col.changes",) if changed else ()))
    rows = []
    for entry in listing.entries:
        row = [Cell(entry.code), Cell(entry.slug, bold=True), Cell(entry.full_name)]
        if changed:
            row.append(Cell(", ".join(change_text(c, lang) for c in entry.changes) or "—"))
        rows.append(row)
    province = listing.province
    title = text(
        f"title.registry.{listing.level}",
        lang,
        name=province.full_name,
        day=listing.on,
        count=len(listing.entries),
        types=type_words(province.unit_types),
    )
    notes = [text("registry.note_vintage", lang)] if listing.level == "district" else []
    return TableView(title, _columns(keys, lang, frozenset()), rows, notes)

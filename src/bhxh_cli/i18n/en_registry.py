"""The English texts of the administrative registry: `bhxh provinces --registry`, `bhxh init`
and the check of units' codes.

A section of en.py kept in a file of its own; vi_registry.py has the same keys in the same
order. en.py places these texts where the sections stand.
"""

REGISTRY_TEXTS: dict[str, str] = {
    # --- registry: levels and maps ---------------------------------------------------------------
    "registry.level.province": "province",
    "registry.level.district": "district",
    "registry.level.commune": "commune",
    "registry.map.2020": "the map before 2025-07-01",
    "registry.map.2025": "the map from 2025-07-01",
    # --- registry: provinces --registry ----------------------------------------------------------
    "col.code": "Code",
    "col.registry.commune": "Communes",
    "col.registry.district": "Districts",
    "col.formed_from": "Formed from",
    "col.changes": "Changes",
    "title.registry_new": "{count} provinces on {day} (the map of 1 July 2025)",
    "title.registry_old": "{count} provinces on {day} (the map before 1 July 2025)",
    "title.registry.commune": "{name} on {day}: {count} communes ({types})",
    "title.registry.district": "{name} on {day}: {count} districts ({types})",
    "registry.change_on": "{type} from {day} ({resolution})",
    "registry.change_by": "{type} by {day} at the latest, day not known ({resolution})",
    "registry.note_change": "{name}: {change}.",
    "registry.note_vintage": "The map before 1 July 2025 is that of 2020: district changes of "
    "2020-2025 are missing.",
    "registry.several": "{query} names several provinces: {slugs}",
    "registry.no_province": "no province {query} on the map of {day}",
    "registry.no_province.hint": "see `bhxh provinces --registry --on {day}`",
    "registry.no_level": "the registry has no {level} on the map of {day}",
    "registry.no_level.hint": "that map is made of {level}: leave --level out",
    "registry.needs_registry": "{option} needs --registry",
    # --- registry: bhxh init ---------------------------------------------------------------------
    "init.header": "A data file for {name}, on the map of {day}.",
    "init.written_by": "Written by `{command}`.",
    "init.map_new": "The map in force from {day} (Resolution {resolution}), from the "
    "administrative registry shipped with bhxh.",
    "init.map_old": "The map in force before {day}, as the administrative registry shipped with "
    "bhxh lists it (2020: district changes of 2020-2025 are missing).",
    "init.counts": "{count} {level}: {types}. Each unit's code is that of this map.",
    "init.level.communes": "communes",
    "init.level.districts": "districts",
    "init.example": "Add figures under the province or any unit as the example shows, then "
    "run `bhxh validate`.",
    "init.successor": "On {day} {name} became part of {successor} (Resolution {resolution}).",
    "init.successor_same": "On {day} {partners} merged into {name}, which became {successor} "
    "(Resolution {resolution}).",
    "init.successor_kept": "From {day} {name} is {successor}, with communes in place of "
    "districts (Resolution {resolution}).",
    "init.example_source": "where the figures are published",
    "init.example_plan": "the plan the figures are measured against",
    "init.members": "The old provinces merged into {name} on {day} (Resolution {resolution}): "
    "their figures of before that day go here, and `bhxh coverage -p {slug} --merged` adds "
    "them up.",
    # --- registry: codes in the data file --------------------------------------------------------
    "schema.bad_code": "bad code {value}: a registry code is 2 to 5 digits",
    "schema.bad_code.hint": 'write it in quotes, e.g. code: "01"',
    "check.code_unknown": "code {code} is no {level} of {map}",
    "check.code_unknown.hint": "see `bhxh provinces --registry --on {day}`",
    "check.code_elsewhere": "code {code} is {registry_name} of {province}, not of this province",
    "check.code_elsewhere.hint": "a sub-unit's code is one of its own province's units",
    "check.code_other": "code {code} is {registry_name} in {map}, not {name}",
    "check.code_other.hint": "the registry names it {registry_name}: correct the name or the code",
    # --- registry: names of campaigns' units ----------------------------------------------------
    "campaign.registry_name": "campaign {campaign} names {unit}, which the registry finds as "
    "{path}",
    "campaign.registry_name.hint": "write its slug: {field}: {slug}",
    "campaign.registry_several": "campaign {campaign}: {unit} names several units through the "
    "registry: {paths}",
    "campaign.staff_twice": "campaign {campaign} gives the staff of {unit} twice (first as "
    "{first})",
    "campaign.staff_twice.hint": "give each unit's staff once, under its slug",
}

"""The administrative registry: Vietnam's provinces and their sub-units on any day, before and
after the new map of 1 July 2025, with their codes, names, types and slugs.

Loaded from data/registry.json (built by scripts/build_registry.py) only by the commands that
need it: nothing imports this package at start-up. `lookup.find_units` and `lookup.unit_by_code`
are what other code uses to resolve a typed name, or a code and a day, to a registry unit.
"""

"""The JSON Schema of a targets file, generated from the Pydantic models.

Editors use it (through the `# yaml-language-server: $schema=...` line of a data file) to
complete and check keys as people type. The copy in `schema/targets.schema.json` is tested to
equal this output.
"""

from __future__ import annotations

import json
from typing import Any

from bhxh_cli.datafile.model import DataFile

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a targets file, from the models, closed to keys that are not slugs."""
    generated = _closed(DataFile.model_json_schema())
    generated.pop("title", None)
    return {"$schema": DIALECT, "title": "bhxh targets file", **generated}


def _closed(node: Any) -> Any:
    """Keys of provinces and units must be slugs: a key that matches no pattern is refused,
    as the loader refuses it (Pydantic leaves such mappings open)."""
    if isinstance(node, list):
        return [_closed(item) for item in node]
    if not isinstance(node, dict):
        return node
    closed = {key: _closed(value) for key, value in node.items()}
    if "patternProperties" in closed:
        closed.setdefault("additionalProperties", False)
    return closed


def schema_text() -> str:
    """The schema as `schema/targets.schema.json` holds it: indented JSON, one final newline."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"

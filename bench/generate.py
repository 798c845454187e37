"""Write a deterministic national-scale targets file for the benchmark.

Shapes:
- pre2025: 63 provinces, about 700 districts, about 10,600 communes (three levels);
- post2025: 34 provinces, about 3,300 communes, no districts (two levels).
- flat: one province holding every commune directly, with a campaign of 100,000 staff spread
  over the communes (the quota benchmark).
Every unit has two snapshots and two targets. Parents hold exactly the sum of their area
sub-units, so the file validates clean. `--scale` shrinks the number of provinces
and communes for the growth measurements (1/4, 1/2, 1).
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field
from pathlib import Path

SHAPES = {
    # provinces, districts per province, communes per district (or per province)
    "pre2025": (63, 11, 15),
    "post2025": (34, 0, 97),
    # one province holding every commune of the country directly: the quota-split benchmark
    "flat": (1, 0, 10_600),
}
SCHEMES = ("bhxh_bat_buoc", "bhxh_tu_nguyen", "bhtn", "bhyt")
DATES = ("2024-06-30", "2024-12-31")


@dataclass
class Node:
    slug: str
    name: str
    children: list[Node] = field(default_factory=list)
    population: int = 0
    labour_force: int = 0
    counts: dict[str, list[int]] = field(default_factory=dict)


def _leaf(rng: random.Random, slug: str, name: str) -> Node:
    """Figures a real commune could have: every part within its whole and its denominator."""
    population = rng.randint(3_000, 30_000)
    labour = population * rng.randint(50, 65) // 100
    compulsory = labour * rng.randint(5, 45) // 100
    voluntary = labour * rng.randint(2, 40) // 100
    first = {
        "bhxh_bat_buoc": compulsory,
        "bhxh_tu_nguyen": voluntary,
        "bhtn": compulsory * rng.randint(60, 95) // 100,
        "bhyt": population * rng.randint(70, 92) // 100,
    }
    room = {"bhxh_bat_buoc": labour // 20, "bhxh_tu_nguyen": labour // 20, "bhtn": 0}
    room["bhyt"] = population - first["bhyt"]
    node = Node(slug, name, population=population, labour_force=labour)
    for scheme in SCHEMES:
        grown = first[scheme] + rng.randint(0, room[scheme] // 2)
        node.counts[scheme] = [first[scheme], grown]
    return node


def _parent(slug: str, name: str, children: list[Node]) -> Node:
    node = Node(slug, name, children)
    node.population = sum(c.population for c in children)
    node.labour_force = sum(c.labour_force for c in children)
    for scheme in SCHEMES:
        node.counts[scheme] = [sum(c.counts[scheme][i] for c in children) for i in range(2)]
    return node


def build(shape: str, scale: float, seed: int = 2025) -> list[Node]:
    rng = random.Random(seed)
    provinces, districts, communes = SHAPES[shape]
    if provinces == 1:  # one province: the communes are what grows
        communes = max(1, round(communes * scale))
    out = []
    for p in range(max(1, round(provinces * scale))):
        if districts:
            kids = []
            for d in range(districts):
                size = communes + (1 if d % 3 == 0 else 0)
                leaves = [_leaf(rng, f"xa-{c + 1}", f"Xã {c + 1}") for c in range(size)]
                kids.append(_parent(f"huyen-{d + 1}", f"Huyện {d + 1}", leaves))
        else:
            kids = [_leaf(rng, f"xa-{c + 1}", f"Phường {c + 1}") for c in range(communes)]
        out.append(_parent(f"tinh-{p + 1}", f"Tỉnh {p + 1}", kids))
    return out


def _unit_lines(node: Node, indent: str) -> list[str]:
    lines = [
        f"{indent}{node.slug}:",
        f"{indent}  name: {node.name}",
        f"{indent}  population: {node.population}",
        f"{indent}  labour_force: {node.labour_force}",
        f"{indent}  actuals:",
    ]
    for i, day in enumerate(DATES):
        counts = ", ".join(f"{s}: {node.counts[s][i]}" for s in SCHEMES)
        lines.append(f"{indent}    - {{as_of: {day}, {counts}}}")
    lines.append(f"{indent}  targets:")
    lines.append(
        f"{indent}    - {{period: 2025, bhyt: {{rate: 95.6}}, bhxh_bat_buoc: {{rate: 40}}}}"
    )
    planned = node.counts["bhxh_tu_nguyen"][1] * 11 // 10
    lines.append(f"{indent}    - {{period: 2025-H1, bhxh_tu_nguyen: {{total: {planned}}}}}")
    if node.children:
        lines.append(f"{indent}  units:")
        for child in node.children:
            lines.extend(_unit_lines(child, indent + "    "))
    return lines


STAFF = 100_000


def _campaign_lines(province: Node, staff: int) -> list[str]:
    """A campaign whose staff are spread over the province's sub-units, earlier ones first."""
    units = province.children
    base, extra = divmod(staff, len(units))
    lines = [
        "campaigns:",
        "  ra-quan:",
        "    name: Ra quân",
        f"    province: {province.slug}",
        "    start: 2025-07-22",
        "    days: 10",
        "    per_staff: {bhxh_tu_nguyen: 1, bhyt_ho_gia_dinh: 2}",
        "    staff:",
    ]
    lines += [f"      {u.slug}: {base + (1 if i < extra else 0)}" for i, u in enumerate(units)]
    return lines


def render(provinces: list[Node], staff: int = 0) -> str:
    lines = ["version: 1", "provinces:"]
    for province in provinces:
        lines.extend(_unit_lines(province, "  "))
    if staff:
        lines.extend(_campaign_lines(provinces[0], staff))
    return "\n".join(lines) + "\n"


def count_units(provinces: list[Node]) -> tuple[int, int]:
    """(units below province level with children, leaf units)."""
    middle = leaves = 0
    stack = [c for p in provinces for c in p.children]
    while stack:
        node = stack.pop()
        if node.children:
            middle += 1
            stack.extend(node.children)
        else:
            leaves += 1
    return middle, leaves


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--shape", choices=sorted(SHAPES), default="pre2025")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    provinces = build(args.shape, args.scale)
    staff = round(STAFF * args.scale) if args.shape == "flat" else 0
    args.output.write_text(render(provinces, staff), encoding="utf-8")
    middle, leaves = count_units(provinces)
    print(f"{args.output}: {len(provinces)} provinces, {middle} districts, {leaves} communes")


if __name__ == "__main__":
    main()

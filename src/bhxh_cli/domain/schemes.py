"""The insurance schemes a target can name, and what each one's coverage is a share of."""

from __future__ import annotations

from enum import StrEnum


class Scheme(StrEnum):
    """An insurance scheme, by the id data files and commands use, in listing order."""

    BHXH = "bhxh"
    BHXH_BAT_BUOC = "bhxh_bat_buoc"
    BHXH_TU_NGUYEN = "bhxh_tu_nguyen"
    BHTN = "bhtn"
    BHYT = "bhyt"
    BHYT_HO_GIA_DINH = "bhyt_ho_gia_dinh"


class Denominator(StrEnum):
    """What a scheme's coverage is a share of: the population or the labour force."""

    POPULATION = "population"
    LABOUR_FORCE = "labour_force"


# Order used in every listing: social insurance and its parts, unemployment, then health.
SCHEMES: tuple[Scheme, ...] = tuple(Scheme)

DENOMINATOR: dict[Scheme, Denominator] = {
    Scheme.BHXH: Denominator.LABOUR_FORCE,
    Scheme.BHXH_BAT_BUOC: Denominator.LABOUR_FORCE,
    Scheme.BHXH_TU_NGUYEN: Denominator.LABOUR_FORCE,
    Scheme.BHTN: Denominator.LABOUR_FORCE,
    Scheme.BHYT: Denominator.POPULATION,
    Scheme.BHYT_HO_GIA_DINH: Denominator.POPULATION,
}

# bhxh is compulsory plus voluntary: when only the parts are given, the whole is their sum.
BHXH_PARTS: tuple[Scheme, Scheme] = (Scheme.BHXH_BAT_BUOC, Scheme.BHXH_TU_NGUYEN)

# What offices write for each scheme, squashed (folded, no separators): each names one scheme.
ALIASES: dict[str, Scheme] = {
    **{scheme.value.replace("_", ""): scheme for scheme in Scheme},
    "bhxhbb": Scheme.BHXH_BAT_BUOC,
    "bhxhtn": Scheme.BHXH_TU_NGUYEN,
    "baohiemthatnghiep": Scheme.BHTN,
    "bhythgd": Scheme.BHYT_HO_GIA_DINH,
    "hgd": Scheme.BHYT_HO_GIA_DINH,
    "hogiadinh": Scheme.BHYT_HO_GIA_DINH,
}


def squash(typed: str) -> str:
    """`BHYT HGĐ`, `bhyt-hgd` and `bhyt_hgd` are all `bhythgd`."""
    from bhxh_cli.domain.names import fold

    return fold(typed).replace("-", "")


def scheme_named(typed: str) -> Scheme | None:
    """The scheme an id or an office abbreviation names, in any case and spacing, or None."""
    return ALIASES.get(squash(typed))


def closest_scheme(typed: str) -> Scheme | None:
    """The scheme whose id or abbreviation is most like `typed`, for a hint."""
    from bhxh_cli.messages import close_matches

    close = close_matches(squash(typed), ALIASES, most=1, cutoff=0.6)
    return ALIASES[close[0]] if close else None

"""The insurance schemes a target can name, and what each one's coverage is a share of."""

from __future__ import annotations

from enum import StrEnum


class Scheme(StrEnum):
    BHXH = "bhxh"
    BHXH_BAT_BUOC = "bhxh_bat_buoc"
    BHXH_TU_NGUYEN = "bhxh_tu_nguyen"
    BHTN = "bhtn"
    BHYT = "bhyt"
    BHYT_HO_GIA_DINH = "bhyt_ho_gia_dinh"


class Denominator(StrEnum):
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

"""Unit names and scheme ids as offices type them."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bhxh_cli.datafile import load
from bhxh_cli.domain.names import (
    canonical,
    canonical_all,
    fold,
    fold_all,
    without_prefix,
    without_prefix_all,
)
from bhxh_cli.domain.schemes import Scheme, closest_scheme, scheme_named
from bhxh_cli.domain.units import resolve
from bhxh_cli.errors import UsageError
from tests.conftest import DATA, Writer, bhxh

DONG_THAP = """\
version: 1
provinces:
  dong-thap:
    name: Đồng Tháp
    units:
      tp-cao-lanh: {name: Thành phố Cao Lãnh}
      tx-hong-ngu: {name: Thị xã Hồng Ngự}
      h-hong-ngu: {name: Huyện Hồng Ngự}
      hoa-binh: {name: Xã Hòa Bình}
      thanh-thuy: {name: Phường Thanh Thủy}
      phuong-binh: {name: Phương Bình}
"""


@pytest.mark.parametrize(
    ("typed", "path"),
    [
        ("Cao Lãnh", "dong-thap/tp-cao-lanh"),
        ("tp cao lanh", "dong-thap/tp-cao-lanh"),
        ("TP. Cao Lãnh", "dong-thap/tp-cao-lanh"),
        ("thành phố cao lãnh", "dong-thap/tp-cao-lanh"),
        ("TX. Hồng Ngự", "dong-thap/tx-hong-ngu"),
        ("thi xa hong ngu", "dong-thap/tx-hong-ngu"),
        ("H. Hồng Ngự", "dong-thap/h-hong-ngu"),
        ("Hoà Bình", "dong-thap/hoa-binh"),  # tone mark on the a, not on the o
        ("x hoa binh", "dong-thap/hoa-binh"),
        ("P. Thanh Thuỷ", "dong-thap/thanh-thuy"),
        ("dong-thap/Cao Lãnh", "dong-thap/tp-cao-lanh"),
        # a name that begins like a prefix: "Phương" folds like "Phường"
        ("Phương Bình", "dong-thap/phuong-binh"),
        ("Xã Phương Bình", "dong-thap/phuong-binh"),
        ("X. Phương Bình", "dong-thap/phuong-binh"),
    ],
)
def test_a_unit_by_the_name_people_say(write_yaml: Writer, typed: str, path: str) -> None:
    data = load(str(write_yaml(DONG_THAP))).data
    assert resolve(data, typed).path == path


def test_the_prefix_tells_two_units_apart_only_when_given(write_yaml: Writer) -> None:
    data = load(str(write_yaml(DONG_THAP))).data
    with pytest.raises(UsageError) as several:
        resolve(data, "Hồng Ngự")
    assert "dong-thap/tx-hong-ngu, dong-thap/h-hong-ngu" in str(several.value.message)


@pytest.mark.parametrize(
    ("typed", "path"),
    [
        ("TX Long Mỹ", "hau-giang/thi-xa-long-my"),
        ("Huyện Long Mỹ", "hau-giang/huyen-long-my"),
        ("Vị Thuỷ", "hau-giang/vi-thuy"),
        ("tp can tho", "can-tho"),
    ],
)
def test_the_shipped_units_of_hau_giang(typed: str, path: str) -> None:
    assert resolve(load(str(DATA)).data, typed).path == path


def test_long_my_alone_names_both_and_says_how_to_choose() -> None:
    for lang, words in (("en", "prefix"), ("vi", "tiền tố")):
        run = bhxh("--lang", lang, "coverage", "-p", "Long Mỹ")
        assert run.exit_code == 2
        assert "hau-giang/thi-xa-long-my, hau-giang/huyen-long-my" in run.stderr
        assert words in run.stderr


def test_folding_names() -> None:
    assert fold("Hòa") == fold("Hoà") == "hoa"
    assert fold("Thủy") == fold("Thuỷ") == "thuy"
    assert canonical("tp-cao-lanh") == "thanh-pho-cao-lanh"
    assert without_prefix("thi-xa-long-my") == "long-my"
    assert without_prefix("thi-xa") == "thi-xa"  # a prefix alone is a name
    assert without_prefix("phu-quoc") == "phu-quoc"  # P. is a word, not a letter


@pytest.mark.parametrize(
    ("typed", "scheme"),
    [
        ("BHXH_TU_NGUYEN", Scheme.BHXH_TU_NGUYEN),
        ("bhxhtn", Scheme.BHXH_TU_NGUYEN),
        ("BHXH TN", Scheme.BHXH_TU_NGUYEN),
        ("bhxh-tn", Scheme.BHXH_TU_NGUYEN),
        ("bhxhbb", Scheme.BHXH_BAT_BUOC),
        ("BHXH bắt buộc", Scheme.BHXH_BAT_BUOC),
        ("BHYT HGĐ", Scheme.BHYT_HO_GIA_DINH),
        ("hgd", Scheme.BHYT_HO_GIA_DINH),
        ("bhtn", Scheme.BHTN),
        ("BHXH", Scheme.BHXH),
        ("bhyt", Scheme.BHYT),
    ],
)
def test_a_scheme_by_its_id_or_an_office_abbreviation(typed: str, scheme: Scheme) -> None:
    assert scheme_named(typed) == scheme


def test_an_unknown_scheme_suggests_the_scheme_it_is_most_like() -> None:
    assert scheme_named("bhxhtnn") is None
    assert closest_scheme("bhxhtnn") == Scheme.BHXH_TU_NGUYEN
    assert closest_scheme("bhytgd") == Scheme.BHYT_HO_GIA_DINH
    assert closest_scheme("xyz") is None


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "hint: did you mean 'bhxh_tu_nguyen'?"),
        ("vi", "'bhxh_tu_nguyen'"),
    ],
)
def test_quota_suggests_the_right_scheme(lang: str, said: str) -> None:
    run = bhxh("--lang", lang, "quota", "--staff", "2", "--per-staff", "bhxhtnn=1")
    assert run.exit_code == 2
    assert said in run.stderr


def test_quota_reads_office_abbreviations_in_both_languages() -> None:
    by_id = ("--per-staff", "bhxh_tu_nguyen=1", "--per-staff", "bhyt_ho_gia_dinh=2")
    by_abbreviation = ("--per-staff", "BHXH TN=1", "--per-staff", "BHYT HGĐ=2")
    for lang in ("en", "vi"):
        expected = bhxh("--lang", lang, "quota", "--staff", "184", *by_id)
        run = bhxh("--lang", lang, "quota", "--staff", "184", *by_abbreviation)
        assert (run.exit_code, run.stdout) == (0, expected.stdout)


def test_one_scheme_twice_under_two_spellings_is_an_error() -> None:
    run = bhxh("quota", "--staff", "2", "--per-staff", "bhxhtn=1", "--per-staff", "bhxh-tn=2")
    assert run.exit_code == 2
    assert "bhxh_tu_nguyen" in run.stderr


def _folded_the_long_way(text: str) -> str:
    """What `fold` is defined to give: đ as d, decomposed, every combining mark dropped,
    lower case, each run of anything but a-z and 0-9 one hyphen."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", bare.lower()).strip("-")


VIETNAMESE = (
    "ĐđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬàáảãạăằắẳẵặâầấẩẫậÈÉẺẼ"
    "ẸÊỀẾỂỄỆèéẻẽẹêềếểễệÌÍỈĨỊìíỉĩịÒÓỎÕỌÔỒỐỔỖỘƠ"
    "ỜỚỞỠỢòóỏõọôồốổỗộơờớởỡợÙÚỦŨỤƯỪỨỬỮỰùúủũụưừ"
    "ứửữựỲÝỶỸỴỳýỷỹỵ"
)
names = st.text(
    st.one_of(
        st.sampled_from(VIETNAMESE + "\u0300\u0301\u0303\u0309\u0323\u00a0 .-_/()"),
        st.characters(codec="ascii"),
        st.characters(),  # any letter at all: the table's misses take the general way
    )
)


@given(names)
def test_folding_by_the_table_gives_what_the_definition_gives(text: str) -> None:
    assert fold(text) == _folded_the_long_way(text)
    assert fold(unicodedata.normalize("NFD", text)) == _folded_the_long_way(text)


many_names = st.lists(
    st.one_of(
        names,
        # a newline, a joiner that is no mark (U+034F), a sign that decomposes to a letter
        st.sampled_from(["", "\n", "a\nb", "Xã\nAn", "a\u034fb", "\u212aon Tum", "Phường 1"]),
    ),
    max_size=12,
)


@given(many_names)
def test_names_folded_together_are_folded_one_by_one(texts: list[str]) -> None:
    # a name with a newline of its own, or a letter outside the table, included
    assert fold_all(texts) == [fold(text) for text in texts]


PREFIXED = st.builds(
    "{}{}".format,
    st.sampled_from(["", "tp-", "thanh-pho-", "tx-", "thi-xa-", "tt-", "h-", "q-", "p-", "x-"]),
    st.sampled_from(["", "xa", "x", "tp", "huyen-an", "cao-lanh", "thi-xa-x", "-", "1"]),
)


@given(st.lists(st.one_of(PREFIXED, names), max_size=12))
def test_prefixes_written_out_and_dropped_together_are_so_one_by_one(texts: list[str]) -> None:
    for some in (texts, fold_all(texts)):
        assert canonical_all(some) == [canonical(name) for name in some]
        assert without_prefix_all(some) == [without_prefix(name) for name in some]


def test_the_folds_of_a_province_of_names_are_each_names_fold() -> None:
    texts = ["Phường 1", "Xã Tổng Cộng", "Thị xã\u00a0Long Mỹ", "Ea H\u2019leo", "Đắk Lắk", ""]
    assert fold_all(texts) == [
        "phuong-1",
        "xa-tong-cong",
        "thi-xa-long-my",
        "ea-h-leo",
        "dak-lak",
        "",
    ]
    assert canonical_all(["tp-cao-lanh", "xa-an", "tx-"]) == ["thanh-pho-cao-lanh", "xa-an", "tx-"]
    assert without_prefix_all(["thi-xa-long-my", "xa", "x-"]) == ["long-my", "xa", "x-"]

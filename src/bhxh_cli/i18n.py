"""Every user-facing label, in English and Vietnamese, and locale-aware number formatting.

One catalogue: a key missing from one language is a test failure. Vietnamese text is NFC.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Literal

Lang = Literal["en", "vi"]
LANGS: tuple[Lang, ...] = ("en", "vi")
LANG_ENV = "BHXH_LANG"

CATALOGUE: dict[Lang, dict[str, str]] = {
    "en": {
        "scheme.bhxh": "Social insurance",
        "scheme.bhxh_bat_buoc": "Compulsory social ins.",
        "scheme.bhxh_tu_nguyen": "Voluntary social ins.",
        "scheme.bhtn": "Unemployment ins.",
        "scheme.bhyt": "Health insurance",
        "scheme.bhyt_ho_gia_dinh": "Household health ins.",
        "denominator.population": "population",
        "denominator.labour_force": "labour force",
        "col.scheme": "Scheme",
        "col.participants": "Participants",
        "col.denominator": "Denominator",
        "col.coverage_rate": "Coverage",
        "col.target": "Target",
        "col.required": "Required",
        "col.gap": "Gap",
        "col.percent_of_target": "% of target",
        "col.province": "Province",
        "col.slug": "Slug",
        "col.name": "Name",
        "col.as_of": "As of",
        "col.period": "Period",
        "col.units": "Sub-units",
        "col.snapshots": "Snapshots",
        "col.periods": "Target periods",
        "col.merged_into": "Merged into",
        "col.lowest_percent": "Lowest % of target",
        "col.behind": "Schemes short",
        "title.coverage": "{name} ({unit}): coverage as of {as_of}, target period {period}",
        "title.coverage_summary": "Coverage by province",
        "title.provinces": "Provinces in {path}",
        "target.new": "+{value} new",
        "gap.surplus": "+{value} over",
        "note.derived": "(*) sum of compulsory and voluntary",
        "note.flow": "A target of new participants is a flow: see `bhxh progress`.",
        "note.rounding": "Rates half up to 2 decimals; people required rounded up.",
        "note.source": "Source: {source}",
        "note.no_snapshot": "no snapshot",
        "none": "—",
        "error": "error",
        "warning": "warning",
        "hint": "hint",
        # bhxh validate: the one-line summary on stderr
        "validate.summary": "bhxh validate: {files}, {errors}, {warnings}",
        "validate.files.one": "{n} file",
        "validate.files.other": "{n} files",
        "validate.errors.one": "{n} error",
        "validate.errors.other": "{n} errors",
        "validate.warnings.one": "{n} warning",
        "validate.warnings.other": "{n} warnings",
    },
    "vi": {
        "scheme.bhxh": "BHXH",
        "scheme.bhxh_bat_buoc": "BHXH bắt buộc",
        "scheme.bhxh_tu_nguyen": "BHXH tự nguyện",
        "scheme.bhtn": "BHTN",
        "scheme.bhyt": "BHYT",
        "scheme.bhyt_ho_gia_dinh": "BHYT hộ gia đình",
        "denominator.population": "dân số",
        "denominator.labour_force": "lực lượng lao động",
        "col.scheme": "Loại hình",
        "col.participants": "Người tham gia",
        "col.denominator": "Mẫu số",
        "col.coverage_rate": "Tỷ lệ bao phủ",
        "col.target": "Chỉ tiêu",
        "col.required": "Số cần đạt",
        "col.gap": "Còn thiếu",
        "col.percent_of_target": "% chỉ tiêu",
        "col.province": "Tỉnh",
        "col.slug": "Mã",
        "col.name": "Tên",
        "col.as_of": "Ngày số liệu",
        "col.period": "Kỳ",
        "col.units": "Đơn vị trực thuộc",
        "col.snapshots": "Số liệu",
        "col.periods": "Kỳ chỉ tiêu",
        "col.merged_into": "Sáp nhập vào",
        "col.lowest_percent": "% chỉ tiêu thấp nhất",
        "col.behind": "Loại hình chưa đạt",
        "title.coverage": "{name} ({unit}): bao phủ đến {as_of}, kỳ chỉ tiêu {period}",
        "title.coverage_summary": "Bao phủ theo tỉnh",
        "title.provinces": "Các tỉnh trong {path}",
        "target.new": "+{value} mới",
        "gap.surplus": "vượt {value}",
        "note.derived": "(*) tổng của bắt buộc và tự nguyện",
        "note.flow": "Chỉ tiêu người tham gia mới là chỉ tiêu phát triển: xem `bhxh progress`.",
        "note.rounding": (
            "Tỷ lệ làm tròn nửa lên 2 chữ số thập phân; số người cần đạt làm tròn lên."
        ),
        "note.source": "Nguồn: {source}",
        "note.no_snapshot": "chưa có số liệu",
        "none": "—",
        "error": "lỗi",
        "warning": "cảnh báo",
        "hint": "gợi ý",
        # bhxh validate: the one-line summary on stderr
        "validate.summary": "bhxh validate: {files}, {errors}, {warnings}",
        "validate.files.one": "{n} tệp",
        "validate.files.other": "{n} tệp",
        "validate.errors.one": "{n} lỗi",
        "validate.errors.other": "{n} lỗi",
        "validate.warnings.one": "{n} cảnh báo",
        "validate.warnings.other": "{n} cảnh báo",
    },
}


def text(key: str, lang: Lang, **values: object) -> str:
    """The catalogue entry `key` in `lang`, with `values` filled in."""
    template = CATALOGUE[lang][key]
    return template.format(**values) if values else template


def detect_lang(option: str | None, env: Mapping[str, str] | None = None) -> Lang:
    """--lang, then $BHXH_LANG, then the first set of LC_ALL, LC_MESSAGES, LANG."""
    env = os.environ if env is None else env
    candidates = [
        option,
        env.get(LANG_ENV),
        env.get("LC_ALL"),
        env.get("LC_MESSAGES"),
        env.get("LANG"),
    ]
    chosen = next((value for value in candidates if value), "")
    return "vi" if chosen.lower().startswith("vi") else "en"


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def format_number(value: int | Decimal, lang: Lang) -> str:
    """1,065,565.5 in English; 1.065.565,5 in Vietnamese. Decimals keep their own places."""
    thousands, point = (".", ",") if lang == "vi" else (",", ".")
    sign = "-" if value < 0 else ""
    digits = str(abs(value)) if isinstance(value, int) else f"{abs(value):f}"
    whole, _, fraction = digits.partition(".")
    out = sign + _group(whole, thousands)
    return f"{out}{point}{fraction}" if fraction else out


def format_percent(value: Decimal, lang: Lang) -> str:
    return f"{format_number(value, lang)}%"


def format_date(value: date, lang: Lang) -> str:
    return value.strftime("%d/%m/%Y") if lang == "vi" else value.isoformat()

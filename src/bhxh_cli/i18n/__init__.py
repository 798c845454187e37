"""Every user-facing text, in English and Vietnamese, and locale-aware number formatting.

One catalogue: the labels of tables below, and the messages of errors and problems
(message_catalogue.py). A key missing from one language is a test failure. Vietnamese text is NFC.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Literal

from bhxh_cli.i18n.catalogue import MESSAGES
from bhxh_cli.quota.method import TIE_BREAK

Lang = Literal["en", "vi"]
LANGS: tuple[Lang, ...] = ("en", "vi")
LANG_ENV = "BHXH_LANG"

LABELS: dict[Lang, dict[str, str]] = {
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
        "title.coverage_no_snapshot": "{name} ({unit}): no snapshot, target period {period}",
        "title.coverage_summary": "Coverage by province",
        "title.provinces": "Provinces in {path}",
        "target.new": "+{value} new",
        "gap.surplus": "+{value} over",
        "note.derived": "(*) sum of compulsory and voluntary",
        "note.flow": "A target of new participants is a flow: see `bhxh progress`.",
        "note.rounding": "Rates half up to 2 decimals; people required rounded up.",
        "note.source": "Source: {source}",
        # --- quota ---------------------------------------------------------------------------
        "col.unit": "Unit",
        "col.staff": "Staff",
        "col.date": "Date",
        "title.quota": "Quotas: {name} ({unit})",
        "title.quota_everyone": "Quotas",
        "title.quota_campaign": "{name} ({campaign}): quotas",
        "title.quota_days": "Day by day, {start} to {end} ({days} days)",
        "quota.all_staff": "All staff",
        "quota.total": "Total",
        "quota.per_staff": "{scheme}: {amount} per staff member.",
        "quota.per_unit": "{scheme}: {amount} for each sub-unit.",
        "quota.split": "{scheme}: {amount} split {weight}{bounds}.",
        "quota.minimum": ", at least {minimum} each",
        "quota.maximum": ", at most {maximum} each",
        "quota.weight.population": "in proportion to population",
        "quota.weight.labour_force": "in proportion to labour force",
        "quota.weight.equal": "equally",
        "quota.weight.gap": "in proportion to the people still needed",
        "quota.method": "Largest remainder; ties: {tie_break}.",
        "quota.tie_break": TIE_BREAK,
        "quota.days": "Each quota split equally over the days, earlier days first on ties.",
        # --- bhxh progress (and --merged, shared with coverage); col.unit is quota's ---
        "col.actual": "Actual",
        "col.plan": "Plan",
        "col.percent_of_plan": "% of plan",
        "col.remaining": "Remaining",
        "col.expected_by_now": "Expected now",
        "col.status": "Status",
        "col.projected_at_end": "Projected at end",
        "col.needed_per_day": "Needed per day",
        "col.needed_per_month": "Needed per month",
        "status.ahead": "ahead",
        "status.on-track": "on track",
        "status.behind": "behind",
        "status.met": "met",
        "status.no-baseline": "no baseline",
        "title.progress": "{name} ({unit}): progress as of {as_of}, plan {period}, "
        "day {day} of {days} ({share})",
        "title.progress_no_snapshot": "{name} ({unit}): plan {period}, no snapshot",
        "note.no_target": "No target in period {period}.",
        "note.baseline": "New participants = count on {as_of} - count on {baseline} (baseline).",
        "note.no_baseline": "No baseline: no figures on or before {eve}, the day before the "
        "period, so a stock has no expected count and no projection.",
        "note.pace": "Expected now: the plan pro rata to the days elapsed (a stock from its "
        "baseline); on track within 2 points of plan. Projected: at the pace so far. "
        "Needed: per day and per 30 days to the end. People rounded up; percentages half up.",
        "note.summed_from": "{unit}: no snapshot of its own on {as_of}, summed from {count} "
        "units: {units}.",
        "note.missing_units": "{unit}: no sum made, no figures on {as_of} for {units}.",
        "note.members": "Members of the merged province: {members}.",
        "note.missing_members": "No sum made: no figures on {as_of} for {members}.",
        "note.absorbed": "On {as_of} {members} already belonged to {unit}: not added again.",
        "note.units_without_target": "No target in period {period}: {units}.",
        "note.units_without_figures": "No figures on {as_of}: {units}.",
        "scheme_short.bhxh": "Social ins.",
        "scheme_short.bhxh_bat_buoc": "Compulsory",
        "scheme_short.bhxh_tu_nguyen": "Voluntary",
        "scheme_short.bhtn": "Unemployment",
        "scheme_short.bhyt": "Health",
        "scheme_short.bhyt_ho_gia_dinh": "Household health",
        "note.no_period": "No target period for this unit in the data.",
        "col.per_month": "Per month",
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
        "title.coverage_no_snapshot": "{name} ({unit}): chưa có số liệu, kỳ chỉ tiêu {period}",
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
        # --- quota ---------------------------------------------------------------------------
        "col.unit": "Đơn vị",
        "col.staff": "Viên chức",
        "col.date": "Ngày",
        "title.quota": "Chỉ tiêu giao: {name} ({unit})",
        "title.quota_everyone": "Chỉ tiêu giao",
        "title.quota_campaign": "{name} ({campaign}): chỉ tiêu giao",
        "title.quota_days": "Theo ngày, từ {start} đến {end} ({days} ngày)",
        "quota.all_staff": "Toàn thể viên chức",
        "quota.total": "Tổng cộng",
        "quota.per_staff": "{scheme}: mỗi viên chức {amount} người.",
        "quota.per_unit": "{scheme}: mỗi đơn vị trực thuộc {amount} người.",
        "quota.split": "{scheme}: {amount} người chia {weight}{bounds}.",
        "quota.minimum": ", mỗi đơn vị ít nhất {minimum}",
        "quota.maximum": ", nhiều nhất {maximum}",
        "quota.weight.population": "theo tỷ lệ dân số",
        "quota.weight.labour_force": "theo tỷ lệ lực lượng lao động",
        "quota.weight.equal": "đều",
        "quota.weight.gap": "theo tỷ lệ số người còn thiếu",
        "quota.method": "Chia theo phương pháp số dư lớn nhất; khi bằng nhau: {tie_break}.",
        "quota.tie_break": (
            "số dư lớn hơn trước, rồi trọng số lớn hơn, rồi thứ tự trong tệp dữ liệu"
        ),
        "quota.days": "Mỗi chỉ tiêu chia đều cho các ngày; phần dư ưu tiên ngày sớm hơn.",
        # --- bhxh progress (and --merged, shared with coverage); col.unit is quota's ---
        "col.actual": "Thực hiện",
        "col.plan": "Kế hoạch",
        "col.percent_of_plan": "% kế hoạch",
        "col.remaining": "Còn thiếu",
        "col.expected_by_now": "Cần đạt đến nay",
        "col.status": "Tiến độ",
        "col.projected_at_end": "Dự kiến cuối kỳ",
        "col.needed_per_day": "Cần mỗi ngày",
        "col.needed_per_month": "Cần mỗi tháng",
        "status.ahead": "vượt tiến độ",
        "status.on-track": "đúng tiến độ",
        "status.behind": "chậm tiến độ",
        "status.met": "đạt kế hoạch",
        "status.no-baseline": "chưa có số đầu kỳ",
        "title.progress": "{name} ({unit}): tiến độ đến {as_of}, kế hoạch {period}, "
        "ngày {day}/{days} ({share})",
        "title.progress_no_snapshot": "{name} ({unit}): kế hoạch {period}, chưa có số liệu",
        "note.no_target": "Không có chỉ tiêu trong kỳ {period}.",
        "note.baseline": (
            "Người tham gia mới = số liệu ngày {as_of} - số liệu ngày {baseline} (số đầu kỳ)."
        ),
        "note.no_baseline": "Chưa có số đầu kỳ: không có số liệu đến ngày {eve}, trước ngày "
        "bắt đầu kỳ, nên chưa tính được số cần đạt đến nay và số dự kiến.",
        "note.pace": "Cần đạt đến nay: kế hoạch chia đều theo số ngày đã qua (chỉ tiêu số "
        "người tham gia tính từ số đầu kỳ); đúng tiến độ khi lệch không quá 2 điểm. Dự kiến: "
        "theo tốc độ từ đầu kỳ. Cần: mỗi ngày và mỗi 30 ngày đến cuối kỳ. Số người làm tròn "
        "lên; tỷ lệ làm tròn nửa lên.",
        "note.summed_from": "{unit}: không có số liệu riêng ngày {as_of}, cộng từ {count} "
        "đơn vị: {units}.",
        "note.missing_units": "{unit}: không cộng, chưa có số liệu ngày {as_of} của {units}.",
        "note.members": "Các tỉnh hợp thành: {members}.",
        "note.missing_members": "Không cộng: chưa có số liệu ngày {as_of} của {members}.",
        "note.absorbed": "Ngày {as_of} {members} đã thuộc {unit}: không cộng lại.",
        "note.units_without_target": "Không có chỉ tiêu kỳ {period}: {units}.",
        "note.units_without_figures": "Chưa có số liệu ngày {as_of}: {units}.",
        "scheme_short.bhxh": "BHXH",
        "scheme_short.bhxh_bat_buoc": "BHXH bắt buộc",
        "scheme_short.bhxh_tu_nguyen": "BHXH tự nguyện",
        "scheme_short.bhtn": "BHTN",
        "scheme_short.bhyt": "BHYT",
        "scheme_short.bhyt_ho_gia_dinh": "BHYT hộ gia đình",
        "note.no_period": "Đơn vị này chưa có kỳ chỉ tiêu nào trong dữ liệu.",
        "col.per_month": "Cần/tháng",
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


CATALOGUE: dict[Lang, dict[str, str]] = {lang: LABELS[lang] | MESSAGES[lang] for lang in LANGS}


def text(key: str, lang: Lang, /, **values: object) -> str:
    """The catalogue entry `key` in `lang`, with `values` filled in."""
    return CATALOGUE[lang][key].format(**values)


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

"""The text of every error, problem and hint (see messages.py), in English and Vietnamese.

Part of the one catalogue, `i18n.CATALOGUE`: its tests check that each key is in both languages
with the same placeholders, and that the keys used in the code are here. Option names, keys of
the data file, scheme ids and rule ids are the same in both languages: users type them.
Vietnamese text is NFC; terms as in the project's domain brief.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bhxh_cli.i18n import Lang

MESSAGES: dict[Lang, dict[str, str]] = {
    "en": {
        # --- shared words and hints --------------------------------------------------------
        "word.none": "none",
        "hint.did_you_mean": "did you mean {name}?",
        "hint.iso_date": "write YYYY-MM-DD",
        "hint.see_provinces": "see `bhxh provinces`",
        "hint.see_provinces_list": "see `bhxh provinces` for the list",
        "hint.option": "{option}",
        # --- reading the file ---------------------------------------------------------------
        "file.unreadable": "cannot read the file: {reason}",
        "file.too_large": "the file is larger than the limit of {limit} bytes",
        "file.too_large.hint": "split the file",
        "file.binary": "binary file, not YAML text",
        "file.empty": "the file is empty",
        "file.only_comments": "the file holds only comments",
        "file.no_data": "no data",
        "file.missing": "{path}: no such file",
        "file.directory": "{path}: is a directory, not a data file",
        "file.not_regular": "{path}: is not a regular file",
        "file.not_utf8": "not UTF-8 text",
        "file.not_utf8.hint": "save the file as UTF-8",
        "file.line_too_long": "line is {length} characters long; the limit is {limit}",
        "file.line_too_long.hint": "break long text over several lines with `>-`",
        # --- reading the YAML ---------------------------------------------------------------
        "yaml.syntax": "{detail}",
        "yaml.invalid": "not valid YAML",
        "yaml.tabs.hint": "indent with spaces, not tabs",
        "yaml.key_not_text": "a mapping key must be plain text",
        "yaml.duplicate_key": "duplicate key {key} in this mapping",
        "yaml.duplicate_key.hint": "YAML keeps only the last one; remove or rename one of them",
        "yaml.tag": "tag {tag} is not allowed in a data file",
        "yaml.tag.hint": "remove the tag: data files hold plain values only",
        "yaml.too_deep": "nesting deeper than {limit} levels",
        "yaml.one_document": "a data file holds one YAML document",
        "yaml.too_many_values": "more than {limit} keys and values in one file",
        "yaml.too_many_values.hint": "split the file, e.g. one file per province",
        "yaml.alias_self": "alias *{anchor} refers to itself",
        "yaml.alias_unknown": "unknown alias *{anchor}",
        "yaml.alias_bomb": "aliases expand to more than {limit} values",
        "yaml.alias_bomb.hint": "write the data out instead of repeating it through aliases",
        # --- the schema ---------------------------------------------------------------------
        "schema.too_many": "{more} more schema problems from here on are not listed",
        "schema.too_many.hint": "fix the problems above and run again",
        "schema.unknown_key": "unknown key {key}",
        "schema.missing_key": "missing key {key}",
        "schema.not_mapping": "{field}: expected a mapping of keys and values",
        "schema.file_not_mapping": "the file: expected a mapping of keys and values",
        "schema.not_list": "{field}: expected a list",
        "schema.not_text": "{field}: expected text",
        "schema.empty_text": "{field}: must not be empty",
        "schema.choice": "{field}: must be {choice}",
        "schema.choices": "{field}: must be one of {choices}",
        "schema.other": "{field}: {detail}",
        "schema.bad_slug": "bad slug {value}",
        "schema.bad_slug.hint": "use lowercase ascii letters, digits and hyphens, "
        "e.g. can-tho or thoi-lai",
        "schema.rate_range": "rate must be within 0-100 percent, got {value}",
        "schema.negative": "{field}: a count of people cannot be negative, got {value}",
        "schema.rate_not_number": "rate must be a number, got {value}",
        "schema.rate.hint": "write e.g. 95.6",
        "schema.rate_comma.hint": "YAML takes a decimal point, not the Vietnamese comma: "
        "write {point}",
        "schema.not_whole": "{field}: {value} is not a whole number of people",
        "schema.thousands.hint": "'.' groups thousands in Vietnamese numbers, and YAML reads "
        "{value} {read_as}; write {digits}",
        "schema.read_as_text": "as text",
        "schema.read_as_decimal": "as the decimal {value}",
        "schema.whole_not_text": "{field}: expected a whole number, got text {value}",
        "schema.digits_only.hint": "write digits only, without quotes, separators or underscores",
        "schema.digits_example.hint": "write digits only, e.g. 982000",
        "date.bad": "bad date {value}: write YYYY-MM-DD",
        "date.out_of_range": "date {value} is outside 1900-01-01 to 2999-12-31",
        "period.bad": "bad period {value}: use 2025, 2024-H1, 2024-Q2, 2024-05 "
        "or {{start: 2024-01-01, end: 2024-06-30}}",
        "period.order": "period ends ({end}) before it starts ({start})",
        "goal.kind": "a target takes exactly one of rate, total or new (got {given})",
        "campaign.needs_start": "end and days count from a start date: give start",
        "campaign.end_or_days": "give end or days, not both",
        "campaign.days_zero": "days must be 1 or more",
        "campaign.order": "the campaign ends ({end}) before it starts ({start})",
        "campaign.no_quota": "give per_staff, per_unit or split, with a scheme",
        "campaign.staff_pair": "per_staff and staff go together: give both or neither",
        "campaign.needs_province": "per_unit and split share among a province's sub-units: "
        "give province",
        "campaign.split_only": "min, max and weight apply to split only",
        "campaign.min_above_max": "min ({minimum}) is above max ({maximum})",
        "quota.scheme_twice": "{scheme} is given twice: {first} and {second}",
        # --- the figures --------------------------------------------------------------------
        "check.part_above_whole": "{part}: {count} is more than {whole}: {whole_count}",
        "check.part_above_whole.hint": "{part} is a part of {whole}",
        "check.bhxh_not_sum": "bhxh: {bhxh} is not bhxh_bat_buoc + bhxh_tu_nguyen "
        "= {compulsory} + {voluntary} = {total}",
        "check.bhxh_not_sum.hint": "correct one of the three, or leave bhxh out: "
        "it is then their sum",
        "check.above_denominator": "{scheme}: {count} participants, more than the "
        "{denominator} {value}",
        "check.above_denominator.hint": "true when people insured here live or work elsewhere; "
        "else check both",
        "check.units_above_parent": "{scheme}: sub-units add up to {total} on {day}, "
        "more than the {count} of {unit}",
        "check.units_above_parent.hint": "a sub-unit that is a set of people "
        "(e.g. union leaders) takes `kind: group`",
        "check.same_period": "{scheme}: a second target for {period} (the first is on line {line})",
        "check.same_period.hint": "commands use the first one; merge the two or remove one",
        "check.overlap": "{scheme}: period {period} partly overlaps {other} (line {line})",
        "check.overlap.hint": "targets of one scheme may nest (a phase inside its year), "
        "not partly overlap",
        "check.future": "snapshot dated {day}, which is in the future",
        "check.future.hint": "a snapshot counts participants on a day that has passed; "
        "check the year",
        "check.unknown_merge": "no province {slug}",
        "check.unknown_merge.hint": "merged_into names a province slug",
        "campaign.unknown_unit": "campaign {campaign} names no unit {unit}",
        "campaign.unknown_unit.hint": "give a province slug or a path such as can-tho/thoi-lai",
        "campaign.unknown_sub_unit": "campaign {campaign}: {province} has no sub-unit {unit}",
        "campaign.infeasible": "campaign {campaign}, {scheme}: {detail}",
        "campaign.min_total": "minimums add up to {minimum} x {units} units = {sum}, "
        "more than the total {total}",
        "campaign.max_total": "maximums add up to {maximum} x {units} units = {sum}, "
        "less than the total {total}",
        # --- choosing units, periods and dates ----------------------------------------------
        "unit.none": "no unit {query}",
        "unit.several": "{query} names several units: {paths}",
        "unit.several.hint": "give the full path",
        "unit.closest.hint": "closest: {paths}",
        "period.bad_option": "bad period {value}: use 2025, 2024-H1, 2024-Q2, 2024-05 "
        "or 2024-01-01/2024-06-30",
        "period.no_target": "{unit} has no target for period {period}",
        "period.listed.hint": "periods: {periods}",
        "snapshot.none_before": "{unit} has no snapshot on or before {day}",
        "snapshot.dates.hint": "dates: {dates}",
        "merged.not_province": "--merged takes a province, not {unit}",
        "merged.already": "{unit} merged into {survivor}",
        "merged.already.hint": "use --province {survivor} --merged",
        # --- quotas -------------------------------------------------------------------------
        "quota.campaign_own": "campaign {campaign} carries its own quotas",
        "quota.campaign_own.hint": "only --start, --end and --days may change a campaign's plan",
        "quota.per_staff_needs_staff": "--per-staff needs the number of staff",
        "quota.staff_needs_per_staff": "--staff counts who recruits --per-staff",
        "quota.nothing": "nothing to make quotas of",
        "quota.nothing.hint": "give --per-staff, --per-unit or --split SCHEME=N, or a campaign id",
        "quota.split_only": "--min, --max and --weight apply to --split only",
        "quota.min_above_max": "--min {minimum} is above --max {maximum}",
        "quota.unknown_scheme": "{option}: unknown scheme {scheme}",
        "quota.schemes.hint": "schemes: {schemes}",
        "option.bad_pair": "{option}: bad value {value}",
        "option.bad_pair.hint": "write {option} NAME=N",
        "option.twice": "{option}: {name} is given twice",
        "option.bad_date": "{option}: bad date {value}",
        "option.needs_province": "{option} needs --province",
        "option.needs_province.hint": "periods differ by province",
        "option.files_or_data": "give files or --data, not both",
        "plan.needs_start": "a day-by-day plan needs its first day",
        "plan.end_or_days": "give --end or --days, not both",
        "plan.needs_end": "a day-by-day plan needs --end or --days",
        "plan.order": "the plan ends ({end}) before it starts ({start})",
        "plan.too_long": "a plan of {days} days is longer than {limit}",
        "quota.campaign_unit": "campaign {campaign}: {detail}",
        "quota.campaign_unit.hint": "fix the campaign in the data file",
        "quota.no_campaign": "no campaign {campaign}",
        "quota.campaigns.hint": "campaigns: {campaigns}",
        "quota.campaigns_none": "none in the data file",
        "quota.needs_staff": "a quota per staff member needs the number of staff",
        "quota.needs_province": "quotas per unit and splits are over a province's sub-units",
        "quota.no_areas": "{unit} has no area sub-units to give quotas to",
        "quota.no_areas.hint": "give a province with sub-units, or make quotas per staff member",
        "quota.cannot_split": "cannot split {total} {scheme} over the {count} sub-units "
        "of {unit}: {detail}",
        "quota.no_weight": "cannot weigh the split of {scheme} by {weight}: "
        "{missing} of {count} units have none ({units})",
        "quota.no_weight.population": "add population to each of them in the data file, "
        "or weigh them equally",
        "quota.no_weight.labour_force": "add labour_force to each of them in the data file, "
        "or weigh them equally",
        "quota.no_weight.gap": "the gap needs a snapshot and a rate or total target of the "
        "scheme in each unit; or weigh them equally",
        "split.min_above_max": "a minimum ({minimum}) is above its maximum ({maximum})",
        "split.min_above_max.hint": "lower the minimum or raise the maximum",
        "split.min_total": "the minimums add up to {floor}, more than the total {total}",
        "split.min_total.hint": "lower the minimum or raise the total",
        "split.no_weight": "no unit has a weight above zero to take the {rest} people "
        "beyond the minimums (total {total}, minimums {floor})",
        "split.no_weight.hint": "choose another weight, e.g. equal",
        "split.max_total": "the total {total} is more than the maximums add up to ({ceiling})",
        "split.max_total.hint": "raise the maximum or lower the total",
        # --- the command line ---------------------------------------------------------------
        "cli.error": "bhxh: {where}{error}: {message}",
        "cli.hint": "  {hint}: {message}",
        "cli.problems": "bhxh: {count} problems in {file}",
        # --- hostile and careless input: text, numbers, campaigns ---------------------------
        "text.control": "{field}: the text holds the control character {char}",
        "text.control.hint": "remove it: control characters and bidi controls change what a "
        "terminal shows (colours, the title, the order of letters)",
        "yaml.control": "the file holds the control character {char}",
        "yaml.unacceptable": "the character {char} is not allowed in YAML",
        "yaml.separator": "{char} ends a line for YAML readers but for no editor "
        "({count} in the file)",
        "yaml.separator.hint": "replace it with a line break or a space",
        "schema.rate_precision": "rate: {decimals} decimals, more than {limit}",
        "schema.rate_precision.hint": "write the rate in percent with at most {limit} decimals, "
        "e.g. 95.6",
        "schema.count_too_large": "{field}: {value} is more than {limit} people",
        "schema.count_too_large.hint": "Vietnam has about 100 million people: check the digits",
        "schema.thousands_comma.hint": "',' groups thousands in English numbers, and YAML reads "
        "{value} {read_as}; write {digits}",
        "schema.flow_comma.hint": "in {{...}} a comma separates entries, so YAML read "
        "{key}: {before} and a key {after}; write {joined}",
        "campaign.min_total.hint": "lower min or raise the total",
        "campaign.max_total.hint": "raise max or lower the total",
    },
    "vi": {
        # --- shared words and hints --------------------------------------------------------
        "word.none": "không có",
        "hint.did_you_mean": "có phải ý bạn là {name}?",
        "hint.iso_date": "viết theo dạng YYYY-MM-DD",
        "hint.see_provinces": "xem `bhxh provinces`",
        "hint.see_provinces_list": "xem danh sách bằng `bhxh provinces`",
        "hint.option": "{option}",
        # --- reading the file ---------------------------------------------------------------
        "file.unreadable": "không đọc được tệp: {reason}",
        "file.too_large": "tệp lớn hơn giới hạn {limit} byte",
        "file.too_large.hint": "chia tệp thành nhiều tệp nhỏ hơn",
        "file.binary": "tệp nhị phân, không phải văn bản YAML",
        "file.empty": "tệp trống",
        "file.only_comments": "tệp chỉ có chú thích",
        "file.no_data": "không có dữ liệu",
        "file.missing": "{path}: không có tệp này",
        "file.directory": "{path}: là thư mục, không phải tệp dữ liệu",
        "file.not_regular": "{path}: không phải tệp thông thường",
        "file.not_utf8": "không phải văn bản UTF-8",
        "file.not_utf8.hint": "lưu tệp với bảng mã UTF-8",
        "file.line_too_long": "dòng dài {length} ký tự; giới hạn là {limit}",
        "file.line_too_long.hint": "ngắt đoạn văn dài thành nhiều dòng bằng `>-`",
        # --- reading the YAML ---------------------------------------------------------------
        "yaml.syntax": "YAML không hợp lệ: {detail}",
        "yaml.invalid": "YAML không hợp lệ",
        "yaml.tabs.hint": "thụt lề bằng dấu cách, không dùng tab",
        "yaml.key_not_text": "khóa của bảng phải là văn bản thường",
        "yaml.duplicate_key": "khóa {key} bị lặp trong bảng này",
        "yaml.duplicate_key.hint": "YAML chỉ giữ khóa cuối cùng; hãy bỏ hoặc đổi tên một khóa",
        "yaml.tag": "không được dùng thẻ {tag} trong tệp dữ liệu",
        "yaml.tag.hint": "bỏ thẻ: tệp dữ liệu chỉ chứa giá trị thường",
        "yaml.too_deep": "lồng sâu hơn {limit} cấp",
        "yaml.one_document": "mỗi tệp dữ liệu chỉ chứa một tài liệu YAML",
        "yaml.too_many_values": "hơn {limit} khóa và giá trị trong một tệp",
        "yaml.too_many_values.hint": "chia tệp, ví dụ mỗi tỉnh một tệp",
        "yaml.alias_self": "bí danh *{anchor} trỏ đến chính nó",
        "yaml.alias_unknown": "không có bí danh *{anchor}",
        "yaml.alias_bomb": "các bí danh mở rộng thành hơn {limit} giá trị",
        "yaml.alias_bomb.hint": "viết dữ liệu ra đầy đủ thay vì lặp lại qua bí danh",
        # --- the schema ---------------------------------------------------------------------
        "schema.too_many": "còn {more} lỗi cấu trúc từ đây trở đi không được liệt kê",
        "schema.too_many.hint": "sửa các lỗi ở trên rồi chạy lại",
        "schema.unknown_key": "khóa không xác định {key}",
        "schema.missing_key": "thiếu khóa {key}",
        "schema.not_mapping": "{field}: cần một bảng khóa và giá trị",
        "schema.file_not_mapping": "tệp: cần một bảng khóa và giá trị",
        "schema.not_list": "{field}: cần một danh sách",
        "schema.not_text": "{field}: cần văn bản",
        "schema.empty_text": "{field}: không được để trống",
        "schema.choice": "{field}: phải là {choice}",
        "schema.choices": "{field}: phải là một trong các giá trị {choices}",
        "schema.other": "{field}: {detail}",
        "schema.bad_slug": "mã không hợp lệ {value}",
        "schema.bad_slug.hint": "chỉ dùng chữ thường không dấu, chữ số và dấu gạch nối, "
        "ví dụ can-tho hoặc thoi-lai",
        "schema.rate_range": "tỷ lệ phải trong khoảng 0-100 phần trăm, nhận được {value}",
        "schema.negative": "{field}: số người không thể âm, nhận được {value}",
        "schema.rate_not_number": "tỷ lệ phải là một số, nhận được {value}",
        "schema.rate.hint": "ví dụ viết 95.6",
        "schema.rate_comma.hint": "YAML dùng dấu chấm thập phân, không dùng dấu phẩy như số "
        "viết kiểu Việt Nam: viết {point}",
        "schema.not_whole": "{field}: {value} không phải là một số người nguyên",
        "schema.thousands.hint": "'.' là dấu chấm phân cách hàng nghìn trong số viết kiểu "
        "Việt Nam, nhưng YAML đọc {value} {read_as}; hãy viết {digits}",
        "schema.read_as_text": "thành văn bản",
        "schema.read_as_decimal": "thành số thập phân {value}",
        "schema.whole_not_text": "{field}: cần một số nguyên, nhận được văn bản {value}",
        "schema.digits_only.hint": "chỉ viết chữ số, không có dấu nháy, dấu phân cách "
        "hay dấu gạch dưới",
        "schema.digits_example.hint": "chỉ viết chữ số, ví dụ 982000",
        "date.bad": "ngày không hợp lệ {value}: viết theo dạng YYYY-MM-DD",
        "date.out_of_range": "ngày {value} nằm ngoài khoảng 1900-01-01 đến 2999-12-31",
        "period.bad": "kỳ không hợp lệ {value}: dùng 2025, 2024-H1, 2024-Q2, 2024-05 "
        "hoặc {{start: 2024-01-01, end: 2024-06-30}}",
        "period.order": "kỳ kết thúc ({end}) trước khi bắt đầu ({start})",
        "goal.kind": "mỗi chỉ tiêu có đúng một trong rate, total hoặc new (đang có {given})",
        "campaign.needs_start": "end và days tính từ ngày bắt đầu: hãy cho start",
        "campaign.end_or_days": "cho end hoặc days, không cho cả hai",
        "campaign.days_zero": "days phải từ 1 trở lên",
        "campaign.order": "đợt vận động kết thúc ({end}) trước khi bắt đầu ({start})",
        "campaign.no_quota": "cho per_staff, per_unit hoặc split, kèm một loại hình",
        "campaign.staff_pair": "per_staff và staff đi cùng nhau: cho cả hai hoặc không cho cả hai",
        "campaign.needs_province": "per_unit và split chia cho các đơn vị trực thuộc của một "
        "tỉnh: hãy cho province",
        "campaign.split_only": "min, max và weight chỉ dùng cho split",
        "campaign.min_above_max": "min ({minimum}) lớn hơn max ({maximum})",
        "quota.scheme_twice": "{scheme} được cho hai lần: {first} và {second}",
        # --- the figures --------------------------------------------------------------------
        "check.part_above_whole": "{part}: {count} lớn hơn {whole}: {whole_count}",
        "check.part_above_whole.hint": "{part} là một phần của {whole}",
        "check.bhxh_not_sum": "bhxh: {bhxh} khác bhxh_bat_buoc + bhxh_tu_nguyen "
        "= {compulsory} + {voluntary} = {total}",
        "check.bhxh_not_sum.hint": "sửa một trong ba số, hoặc bỏ bhxh: khi đó bhxh là tổng "
        "của hai số kia",
        "check.above_denominator": "{scheme}: {count} người tham gia, nhiều hơn "
        "{denominator} {value}",
        "check.above_denominator.hint": "có thể đúng khi người tham gia ở đây sống hoặc làm "
        "việc nơi khác; nếu không, hãy kiểm tra cả hai số",
        "check.units_above_parent": "{scheme}: các đơn vị trực thuộc cộng lại {total} ngày "
        "{day}, nhiều hơn {count} của {unit}",
        "check.units_above_parent.hint": "đơn vị trực thuộc là một nhóm người (ví dụ chi hội "
        "trưởng) thì ghi `kind: group`",
        "check.same_period": "{scheme}: chỉ tiêu thứ hai cho kỳ {period} "
        "(chỉ tiêu thứ nhất ở dòng {line})",
        "check.same_period.hint": "các lệnh dùng chỉ tiêu thứ nhất; hãy gộp hai chỉ tiêu "
        "hoặc bỏ một",
        "check.overlap": "{scheme}: kỳ {period} trùng một phần với kỳ {other} (dòng {line})",
        "check.overlap.hint": "chỉ tiêu của một loại hình có thể lồng nhau (một đợt trong năm), "
        "không được trùng một phần",
        "check.future": "số liệu ghi ngày {day}, là ngày trong tương lai",
        "check.future.hint": "số liệu đếm người tham gia vào một ngày đã qua; hãy kiểm tra lại năm",
        "check.unknown_merge": "không có tỉnh {slug}",
        "check.unknown_merge.hint": "merged_into ghi mã của một tỉnh",
        "campaign.unknown_unit": "đợt vận động {campaign}: không có đơn vị {unit}",
        "campaign.unknown_unit.hint": "ghi mã tỉnh hoặc đường dẫn như can-tho/thoi-lai",
        "campaign.unknown_sub_unit": "đợt vận động {campaign}: {province} không có đơn vị "
        "trực thuộc {unit}",
        "campaign.infeasible": "đợt vận động {campaign}, {scheme}: {detail}",
        "campaign.min_total": "tổng mức tối thiểu {minimum} x {units} đơn vị = {sum}, "
        "lớn hơn tổng {total}",
        "campaign.max_total": "tổng mức tối đa {maximum} x {units} đơn vị = {sum}, "
        "nhỏ hơn tổng {total}",
        # --- choosing units, periods and dates ----------------------------------------------
        "unit.none": "không có đơn vị {query}",
        "unit.several": "{query} ứng với nhiều đơn vị: {paths}",
        "unit.several.hint": "hãy ghi đường dẫn đầy đủ",
        "unit.closest.hint": "gần nhất: {paths}",
        "period.bad_option": "kỳ không hợp lệ {value}: dùng 2025, 2024-H1, 2024-Q2, 2024-05 "
        "hoặc 2024-01-01/2024-06-30",
        "period.no_target": "{unit} không có chỉ tiêu cho kỳ {period}",
        "period.listed.hint": "các kỳ: {periods}",
        "snapshot.none_before": "{unit} không có số liệu đến ngày {day}",
        "snapshot.dates.hint": "các ngày có số liệu: {dates}",
        "merged.not_province": "--merged chỉ dùng cho tỉnh, không dùng cho {unit}",
        "merged.already": "{unit} đã sáp nhập vào {survivor}",
        "merged.already.hint": "dùng --province {survivor} --merged",
        # --- quotas -------------------------------------------------------------------------
        "quota.campaign_own": "đợt vận động {campaign} đã có chỉ tiêu riêng",
        "quota.campaign_own.hint": "chỉ --start, --end và --days được thay đổi kế hoạch của "
        "một đợt vận động",
        "quota.per_staff_needs_staff": "--per-staff cần số viên chức",
        "quota.staff_needs_per_staff": "--staff là số viên chức vận động theo --per-staff",
        "quota.nothing": "không có gì để giao chỉ tiêu",
        "quota.nothing.hint": "cho --per-staff, --per-unit hoặc --split SCHEME=N, hoặc mã một "
        "đợt vận động",
        "quota.split_only": "--min, --max và --weight chỉ dùng với --split",
        "quota.min_above_max": "--min {minimum} lớn hơn --max {maximum}",
        "quota.unknown_scheme": "{option}: không có loại hình {scheme}",
        "quota.schemes.hint": "các loại hình: {schemes}",
        "option.bad_pair": "{option}: giá trị không hợp lệ {value}",
        "option.bad_pair.hint": "viết {option} NAME=N",
        "option.twice": "{option}: {name} được cho hai lần",
        "option.bad_date": "{option}: ngày không hợp lệ {value}",
        "option.needs_province": "{option} cần --province",
        "option.needs_province.hint": "mỗi tỉnh có các kỳ khác nhau",
        "option.files_or_data": "cho các tệp hoặc --data, không cho cả hai",
        "plan.needs_start": "kế hoạch theo ngày cần ngày đầu tiên",
        "plan.end_or_days": "cho --end hoặc --days, không cho cả hai",
        "plan.needs_end": "kế hoạch theo ngày cần --end hoặc --days",
        "plan.order": "kế hoạch kết thúc ({end}) trước khi bắt đầu ({start})",
        "plan.too_long": "kế hoạch {days} ngày dài hơn giới hạn {limit} ngày",
        "quota.campaign_unit": "đợt vận động {campaign}: {detail}",
        "quota.campaign_unit.hint": "sửa đợt vận động trong tệp dữ liệu",
        "quota.no_campaign": "không có đợt vận động {campaign}",
        "quota.campaigns.hint": "các đợt vận động: {campaigns}",
        "quota.campaigns_none": "tệp dữ liệu không có đợt nào",
        "quota.needs_staff": "chỉ tiêu theo viên chức cần số viên chức",
        "quota.needs_province": "chỉ tiêu theo đơn vị và chia tổng được giao cho các đơn vị "
        "trực thuộc của một tỉnh",
        "quota.no_areas": "{unit} không có đơn vị trực thuộc (kind: area) để giao chỉ tiêu",
        "quota.no_areas.hint": "chọn một tỉnh có đơn vị trực thuộc, hoặc giao chỉ tiêu theo "
        "viên chức",
        "quota.cannot_split": "không chia được {total} {scheme} cho {count} đơn vị trực thuộc "
        "của {unit}: {detail}",
        "quota.no_weight": "không tính được trọng số để chia {scheme} theo {weight}: "
        "{missing} trên {count} đơn vị không có số liệu này ({units})",
        "quota.no_weight.population": "thêm population cho từng đơn vị trong tệp dữ liệu, "
        "hoặc chia đều",
        "quota.no_weight.labour_force": "thêm labour_force cho từng đơn vị trong tệp dữ liệu, "
        "hoặc chia đều",
        "quota.no_weight.gap": "số còn thiếu cần số liệu và chỉ tiêu rate hoặc total của loại "
        "hình ở từng đơn vị; hoặc chia đều",
        "split.min_above_max": "mức tối thiểu ({minimum}) lớn hơn mức tối đa ({maximum})",
        "split.min_above_max.hint": "giảm mức tối thiểu hoặc tăng mức tối đa",
        "split.min_total": "tổng các mức tối thiểu là {floor}, lớn hơn tổng {total}",
        "split.min_total.hint": "giảm mức tối thiểu hoặc tăng tổng",
        "split.no_weight": "không đơn vị nào có trọng số lớn hơn 0 để nhận {rest} người vượt "
        "mức tối thiểu (tổng {total}, tối thiểu {floor})",
        "split.no_weight.hint": "chọn trọng số khác, ví dụ equal",
        "split.max_total": "tổng {total} lớn hơn tổng các mức tối đa ({ceiling})",
        "split.max_total.hint": "tăng mức tối đa hoặc giảm tổng",
        # --- the command line ---------------------------------------------------------------
        "cli.error": "bhxh: {where}{error}: {message}",
        "cli.hint": "  {hint}: {message}",
        "cli.problems": "bhxh: {count} lỗi trong {file}",
        # --- hostile and careless input: text, numbers, campaigns ---------------------------
        "text.control": "{field}: văn bản chứa ký tự điều khiển {char}",
        "text.control.hint": "hãy xóa ký tự này: ký tự điều khiển và ký tự điều khiển hướng "
        "chữ làm thay đổi những gì terminal hiển thị (màu chữ, tiêu đề, thứ tự chữ)",
        "yaml.control": "tệp chứa ký tự điều khiển {char}",
        "yaml.unacceptable": "YAML không cho phép ký tự {char}",
        "yaml.separator": "{char} là dấu xuống dòng với trình đọc YAML nhưng không với trình "
        "soạn thảo nào ({count} trong tệp)",
        "yaml.separator.hint": "hãy thay bằng dấu xuống dòng hoặc dấu cách",
        "schema.rate_precision": "tỷ lệ: {decimals} chữ số thập phân, nhiều hơn {limit}",
        "schema.rate_precision.hint": "viết tỷ lệ phần trăm với tối đa {limit} chữ số thập "
        "phân, ví dụ 95.6",
        "schema.count_too_large": "{field}: {value} lớn hơn {limit} người",
        "schema.count_too_large.hint": "Việt Nam có khoảng 100 triệu dân: hãy kiểm tra lại "
        "các chữ số",
        "schema.thousands_comma.hint": "',' là dấu phẩy phân cách hàng nghìn trong số viết "
        "kiểu tiếng Anh, nhưng YAML đọc {value} {read_as}; hãy viết {digits}",
        "schema.flow_comma.hint": "trong {{...}} dấu phẩy ngăn cách các mục, nên YAML đọc "
        "thành {key}: {before} và một khóa {after}; hãy viết {joined}",
        "campaign.min_total.hint": "giảm min hoặc tăng tổng",
        "campaign.max_total.hint": "tăng max hoặc giảm tổng",
    },
}

"""The Vietnamese texts about the data file: the keys of en_file.py, in the same order.

A section of vi.py kept in a file of its own, so that no catalogue file passes 400 lines.
"""

FILE_TEXTS: dict[str, str] = {
    # --- reading the file ------------------------------------------------------------------------
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
    # --- reading the file: YAML ------------------------------------------------------------------
    "yaml.syntax": "YAML không hợp lệ: {detail}",
    "yaml.invalid": "YAML không hợp lệ",
    "yaml.tabs.hint": "thụt lề bằng dấu cách, không dùng tab",
    "yaml.missing_colon": "thiếu dấu ':' sau {key}",
    "yaml.colon.hint": "viết mỗi khóa với dấu hai chấm và một dấu cách trước giá trị, "
    "ví dụ 'population: 1029350'",
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
    # --- reading the file: the schema ------------------------------------------------------------
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
    "date.form": "không phải một ngày",
    "date.no_month": "không có tháng {month}",
    "date.month_days": "tháng {month}/{year} có {days} ngày",
    "period.bad": "kỳ không hợp lệ {value}: dùng 2025, 2024-H1, 2024-Q2, 2024-05 "
    "hoặc {{start: 2024-01-01, end: 2024-06-30}}",
    "period.order": "kỳ kết thúc ({end}) trước khi bắt đầu ({start})",
    "goal.kind": "mỗi chỉ tiêu có đúng một trong rate, total hoặc new (đang có {given})",
    "campaign.needs_start": "end và days tính từ ngày bắt đầu: hãy cho start",
    "campaign.end_or_days": "cho end hoặc days, không cho cả hai",
    "campaign.days_zero": "days phải từ 1 trở lên",
    "campaign.order": "đợt vận động kết thúc ({end}) trước khi bắt đầu ({start})",
    "request.scheme_twice": "{scheme} được cho hai lần: {first} và {second}",
    "request.no_quota": "không có gì để giao chỉ tiêu: cho {per_staff}, {per_unit} hoặc "
    "{split}, kèm một loại hình",
    "request.split_only": "{min}, {max} và {weight} chỉ dùng cho {split}",
    "request.min_above_max": "{min} {minimum} lớn hơn {max} {maximum}",
    "request.needs_staff": "{per_staff} cần {staff}: số viên chức vận động",
    "request.needs_per_staff": "{staff} là số viên chức vận động theo {per_staff}",
    "request.needs_province": "{per_unit} và {split} chia cho các đơn vị trực thuộc của một "
    "tỉnh: hãy cho {province}",
    "quota.no_quota.hint": "viết SCHEME=N, hoặc cho mã một đợt vận động",
    # --- checks ----------------------------------------------------------------------------------
    "check.part_above_whole": "{part}: {count} lớn hơn {whole}: {whole_count}",
    "check.part_above_whole.hint": "{part} là một phần của {whole}",
    "check.bhxh_not_sum": "bhxh: {bhxh} khác bhxh_bat_buoc + bhxh_tu_nguyen "
    "= {compulsory} + {voluntary} = {total}",
    "check.bhxh_not_sum.hint": "sửa một trong ba số, hoặc bỏ bhxh: khi đó bhxh là tổng "
    "của hai số kia",
    "check.above_denominator": "{scheme}: {count} người tham gia, nhiều hơn {denominator} {value}",
    "check.above_denominator.hint": "có thể đúng khi người tham gia ở đây sống hoặc làm "
    "việc nơi khác; nếu không, hãy kiểm tra cả hai số",
    "check.units_above_parent": "{scheme}: các đơn vị trực thuộc cộng lại {total} ngày "
    "{day}, nhiều hơn {count} của {unit}",
    "check.units_above_parent.hint": "đơn vị trực thuộc là một nhóm người (ví dụ chi hội "
    "trưởng) thì ghi `kind: group`",
    "check.same_period": "{scheme}: chỉ tiêu thứ hai cho kỳ {period} "
    "(chỉ tiêu thứ nhất ở dòng {line})",
    "check.same_period.hint": "các lệnh dùng chỉ tiêu thứ nhất; hãy gộp hai chỉ tiêu hoặc bỏ một",
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
    # --- checks: hostile and careless input (text, numbers, campaigns) -------------------------
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
    "schema.count_too_large.hint": "Việt Nam có khoảng 100 triệu dân: hãy kiểm tra lại các chữ số",
    "schema.thousands_comma.hint": "',' là dấu phẩy phân cách hàng nghìn trong số viết "
    "kiểu tiếng Anh, nhưng YAML đọc {value} {read_as}; hãy viết {digits}",
    "schema.flow_comma.hint": "trong {{...}} dấu phẩy ngăn cách các mục, nên YAML đọc "
    "thành {key}: {before} và một khóa {after}; hãy viết {joined}",
    "campaign.min_total.hint": "giảm min hoặc tăng tổng",
    "campaign.max_total.hint": "tăng max hoặc giảm tổng",
}

"""Các văn bản tiếng Việt của bộ dữ liệu nhiều tệp, `bhxh import` và `bhxh template`.

Cùng các khoá, cùng thứ tự với en_sheets.py.
"""

SHEETS_TEXTS: dict[str, str] = {
    # --- data sets of several files --------------------------------------------------------------
    "include.not_list": "'include' phải là một danh sách đường dẫn hoặc mẫu tên tệp",
    "include.bad_entry": "mỗi mục 'include' phải là một đường dẫn tính từ tệp này",
    "include.bad_entry.hint": "ví dụ include: [actuals/*.yaml]",
    "include.missing": "{path}: không có tệp này (đường dẫn không có ký tự đại diện phải có thật)",
    "include.again": "{path} đã là một tệp của bộ dữ liệu này (include vòng tròn?)",
    "include.too_many": "bộ dữ liệu có hơn {limit} tệp",
    "include.too_large": "bộ dữ liệu lớn hơn giới hạn {limit} byte",
    "include.declared_twice": "{slug} đã được khai báo tại {first}",
    "include.declared_twice.hint": "mỗi đơn vị chỉ khai báo một lần; tệp khác có thể thêm số "
    "liệu cho nó trong 'units:' theo đường dẫn của nó",
    "include.unknown_unit": "không tệp nào của bộ dữ liệu khai báo đơn vị {unit}",
    "include.not_additions": "phần thêm cho một đơn vị phải là một ánh xạ gồm "
    "'actuals' và 'targets'",
    "include.redefines": "{key}: tệp này chỉ được thêm 'actuals' và 'targets' cho {unit}",
    "include.redefines.hint": "mỗi đơn vị chỉ khai báo một lần, trong tệp liệt kê nó",
    "include.snapshot_twice": "{unit}: {scheme} ngày {day} đã có tại {first}",
    "include.snapshot_twice.hint": "giữ một trong hai số liệu (nhập hai lần?)",
    "include.same_day": "{unit}: số liệu thứ hai ngày {day} (lần đầu tại {first}); "
    "các lệnh chỉ đọc lần cuối",
    "include.same_day.hint": "ghi số liệu của một ngày trong một lần",
    "option.data_twice": "--data được cho nhiều lần",
    "option.data_twice.hint": "cho một tệp chỉ tiêu; tệp đó nêu các tệp khác bằng 'include:'",
    # --- bhxh import -----------------------------------------------------------------------------
    "import.kind": "{path}: không phải sổ tính hay tệp CSV",
    "import.kind.hint": "cho một tệp .xlsx, .xls, .ods hoặc .csv",
    "import.too_large": "{path} lớn hơn giới hạn {limit} byte",
    "import.too_many_cells": "trang {sheet} có hơn {limit} ô",
    "import.unreadable": "không đọc được {path}: {reason}",
    "import.no_sheet": "{path} không có trang nào",
    "import.unknown_sheet": "không có trang {sheet}; sổ tính có {sheets}",
    "import.csv_sheet": "tệp CSV chỉ có một trang: bỏ --sheet",
    "import.csv_not_utf8": "tệp CSV không phải văn bản UTF-8",
    "import.csv_not_utf8.hint": 'lưu dưới dạng "CSV UTF-8", hoặc nhập chính sổ tính',
    "import.legacy": "văn bản theo bảng mã cũ {encoding}: {text}",
    "import.legacy.hint": "chuyển tệp từ {encoding} sang Unicode (ví dụ bằng công cụ chuyển mã "
    "của Unikey), rồi nhập lại",
    "import.no_header": "không tìm thấy dòng tiêu đề: không ô nào ghi tên một loại bảo hiểm "
    "(BHXH bắt buộc, BHYT, ...)",
    "import.no_header.hint": "cho các cột bằng --mapping FILE (xem --show-mapping)",
    "import.column_twice": "cột {role} {scheme} thứ hai (cột đầu là {first})",
    "import.role.actual": "thực hiện",
    "import.role.plan": "kế hoạch",
    "import.role.rate": "tỷ lệ",
    "import.mapping.hint": "chỉ rõ các cột bằng --mapping FILE (xem --show-mapping)",
    "import.mapping_format.hint": "xem định dạng bằng `bhxh import --show-mapping`",
    "import.mapping_row": "'header_end' phải là số của dòng tiêu đề cuối cùng",
    "import.mapping_columns": "'columns' phải gán chữ cột cho 'SCHEME actual|plan|rate'",
    "import.mapping_letter": "{key}: {value} không phải chữ cột như B hay AA",
    "import.mapping_column": "{value} không phải 'SCHEME actual', 'SCHEME plan' hay 'SCHEME rate'",
    "import.not_count": "{value} không phải số người nguyên",
    "import.count_text.hint": "chỉ viết chữ số, hoặc dùng '.' ngăn cách hàng nghìn (1.065.565)",
    "import.count_comma.hint": "dấu ',' là dấu thập phân: viết {digits}, "
    "hoặc dùng '.' ngăn cách hàng nghìn",
    "import.not_whole": "{value} không phải số người nguyên",
    "import.not_whole.hint": "số người không có phần lẻ: một công thức hay đọc nhầm cột?",
    "import.negative": "{value} người: số người không bao giờ âm",
    "import.too_large_count": "{value} người vượt giới hạn {limit}",
    "import.not_rate": "{value} không phải một tỷ lệ",
    "import.no_name": "có số liệu trong một dòng không có tên đơn vị",
    "import.unknown_unit": "{name} không phải đơn vị của {province}",
    "import.closest.hint": "các đơn vị gần nhất: {names}",
    "import.no_close.hint": "`bhxh provinces` liệt kê các đơn vị của {province}",
    "import.several_units": "{name} trùng tên nhiều đơn vị: {paths}",
    "import.unknown_key": "{key} không phải đường dẫn đơn vị của {province}",
    "import.unknown_key.hint": "cột khoá của biểu mẫu chứa đường dẫn đơn vị: "
    "giữ nguyên như `bhxh template` đã ghi",
    "import.unit_twice": "{unit} có hai lần trong trang (lần đầu tại {first})",
    "import.rate_mismatch": "tỷ lệ ghi {stated} không bằng {actual} / {plan} = {computed} "
    "của {scheme}",
    "import.rate_mismatch.hint": "đọc nhầm cột? Chỉ rõ các cột bằng --mapping FILE",
    "import.total_mismatch": "dòng ghi {stated}; {units} đơn vị của nó cộng lại là {total}",
    "import.total_mismatch.hint": "thiếu một đơn vị trong trang, hoặc gõ nhầm một số",
    "import.total_zero": "dòng ghi 0; các đơn vị của nó cộng lại là {total} "
    "(công thức chưa được tính?)",
    "import.no_units": "không dòng nào của trang ghi tên một đơn vị",
    "import.exists": "{path} đã có: không bao giờ ghi đè",
    "import.exists.hint": "cho tệp khác bằng -o, hoặc --replace tệp do lần nhập trước ghi",
    "import.not_ours": "{path} không do `bhxh import` ghi: không bao giờ thay thế",
    "import.not_included": "{path} sẽ không được đọc cùng {targets}",
    "import.not_included.hint": "thêm nó vào danh sách include: của tệp chỉ tiêu "
    "(ví dụ include: [actuals/*.yaml]), hoặc ghi vào nơi danh sách nêu",
    "import.read": "Đã đọc {units} × {schemes} ({names}) từ {sheet}, dòng {first}-{last}.",
    "import.units.one": "{n} đơn vị",
    "import.units.other": "{n} đơn vị",
    "import.schemes.one": "{n} loại",
    "import.schemes.other": "{n} loại",
    "import.checked": "Đã kiểm tra {rates} tỷ lệ ghi sẵn và {sums} tổng; bộ dữ liệu "
    "({files} tệp) hợp lệ cùng tệp mới.",
    "import.wrote": "Đã ghi {path}.",
    "import.replaced": "Đã thay {path}.",
    # --- bhxh import: names through the registry, and codes --------------------------------------
    "import.registry_unit": "{name} (mã {code})",
    "import.registry_several": "{name} trùng tên nhiều đơn vị trong danh mục: {units}",
    "import.registry_several.hint": "ghi rõ loại đơn vị (Thị xã, Huyện, TX., H., ...) hoặc thêm "
    "cột mã (Mã ĐVHC)",
    "import.registry_not_in_file": "{name} là {unit} (mã {code}) trên bản đồ hành chính ngày "
    "{day}; không đơn vị nào của {province} có mã đó",
    "import.registry_not_in_file.hint": "đơn vị của bản đồ đó mà tệp dữ liệu không có, hoặc có "
    "nhưng thiếu `code:`; hoặc sửa tên",
    "import.unknown_code": "mã {code} không phải mã của đơn vị nào trong {province}",
    "import.unknown_code.hint": "mã được so với `code:` của các đơn vị trong tệp dữ liệu "
    "(`bhxh init` ghi sẵn)",
    "import.code_other_unit": "mã {code} là {unit}, nhưng dòng ghi tên {name}",
    "import.code_other_unit.hint": "tên đó là {other}: dòng bị lệch so với mã?",
    "import.bad_code": "{code} không phải mã: mã gồm các chữ số",
    # --- bhxh template ---------------------------------------------------------------------------
    "template.suffix": "{path}: biểu mẫu là một sổ tính .xlsx",
    "template.wrote": "Đã ghi {path}: {units} đơn vị × {schemes}.",
}

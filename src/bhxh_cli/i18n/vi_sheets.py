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
}

"""Các văn bản tiếng Việt của danh mục đơn vị hành chính: `bhxh provinces --registry`,
`bhxh init` và việc kiểm tra mã của đơn vị.

Cùng khóa, cùng thứ tự với en_registry.py; vi.py đặt chúng vào đúng mục.
"""

REGISTRY_TEXTS: dict[str, str] = {
    # --- registry: levels and maps ---------------------------------------------------------------
    "registry.level.province": "tỉnh",
    "registry.level.district": "đơn vị cấp huyện",
    "registry.level.commune": "đơn vị cấp xã",
    "registry.map.2020": "bản đồ trước 01/07/2025",
    "registry.map.2025": "bản đồ từ 01/07/2025",
    # --- registry: provinces --registry ----------------------------------------------------------
    "col.code": "Mã số",
    "col.registry.commune": "Cấp xã",
    "col.registry.district": "Cấp huyện",
    "col.formed_from": "Hợp thành từ",
    "col.changes": "Thay đổi",
    "title.registry_new": "{count} tỉnh, thành ngày {day} (bản đồ từ 01/07/2025)",
    "title.registry_old": "{count} tỉnh, thành ngày {day} (bản đồ trước 01/07/2025)",
    "title.registry.commune": "{name} ngày {day}: {count} đơn vị cấp xã ({types})",
    "title.registry.district": "{name} ngày {day}: {count} đơn vị cấp huyện ({types})",
    "registry.change_on": "{type} từ {day} ({resolution})",
    "registry.change_by": "{type} muộn nhất từ {day}, chưa rõ ngày ({resolution})",
    "registry.note_change": "{name}: {change}.",
    "registry.note_vintage": "Bản đồ trước 01/07/2025 là danh mục năm 2020: thiếu các thay đổi "
    "cấp huyện 2020-2025.",
    "registry.several": "{query} trùng tên nhiều tỉnh: {slugs}",
    "registry.no_province": "không có tỉnh {query} trên bản đồ ngày {day}",
    "registry.no_province.hint": "xem `bhxh provinces --registry --on {day}`",
    "registry.no_level": "danh mục không có {level} trên bản đồ ngày {day}",
    "registry.no_level.hint": "bản đồ đó gồm {level}: bỏ --level",
    "registry.needs_registry": "{option} cần --registry",
    # --- registry: bhxh init ---------------------------------------------------------------------
    "init.header": "Tệp dữ liệu cho {name}, theo bản đồ ngày {day}.",
    "init.written_by": "Tạo bằng `{command}`.",
    "init.map_new": "Bản đồ có hiệu lực từ {day} (Nghị quyết {resolution}), theo danh mục "
    "đơn vị hành chính đi kèm bhxh.",
    "init.map_old": "Bản đồ có hiệu lực trước {day}, theo danh mục đơn vị hành chính đi kèm "
    "bhxh (năm 2020: thiếu các thay đổi cấp huyện 2020-2025).",
    "init.counts": "{count} {level}: {types}. Mã của mỗi đơn vị là mã theo bản đồ này.",
    "init.level.communes": "đơn vị cấp xã",
    "init.level.districts": "đơn vị cấp huyện",
    "init.example": "Thêm số liệu dưới tỉnh hay bất kỳ đơn vị nào như ví dụ, rồi chạy "
    "`bhxh validate`.",
    "init.successor": "Ngày {day} {name} nhập vào {successor} (Nghị quyết {resolution}).",
    "init.successor_same": "Ngày {day} {partners} nhập vào {name}, thành {successor} "
    "(Nghị quyết {resolution}).",
    "init.successor_kept": "Từ {day} {name} là {successor}, các đơn vị cấp xã thay cho cấp "
    "huyện (Nghị quyết {resolution}).",
    "init.example_source": "nơi công bố số liệu",
    "init.example_plan": "kế hoạch dùng để so số liệu",
    "init.members": "Các tỉnh cũ nhập vào {name} ngày {day} (Nghị quyết {resolution}): số "
    "liệu trước ngày đó ghi ở đây, và `bhxh coverage -p {slug} --merged` cộng chúng lại.",
    # --- registry: codes in the data file --------------------------------------------------------
    "schema.bad_code": "mã {value} không hợp lệ: mã trong danh mục gồm 2 đến 5 chữ số",
    "schema.bad_code.hint": 'viết trong dấu ngoặc kép, ví dụ code: "01"',
    "check.code_unknown": "mã {code} không phải {level} nào của {map}",
    "check.code_unknown.hint": "xem `bhxh provinces --registry --on {day}`",
    "check.code_elsewhere": "mã {code} là {registry_name} thuộc {province}, không thuộc tỉnh này",
    "check.code_elsewhere.hint": "mã của đơn vị trực thuộc phải là một đơn vị của chính tỉnh đó",
    "check.code_other": "mã {code} là {registry_name} trong {map}, không phải {name}",
    "check.code_other.hint": "danh mục gọi là {registry_name}: sửa tên hoặc mã",
    # --- registry: names of campaigns' units ----------------------------------------------------
    "campaign.registry_name": "đợt vận động {campaign} ghi {unit}, danh mục cho biết đó là {path}",
    "campaign.registry_name.hint": "ghi mã (slug) của đơn vị: {field}: {slug}",
    "campaign.registry_several": "đợt vận động {campaign}: {unit} trùng tên nhiều đơn vị theo "
    "danh mục: {paths}",
    "campaign.staff_twice": "đợt vận động {campaign} ghi cán bộ của {unit} hai lần (lần đầu là "
    "{first})",
    "campaign.staff_twice.hint": "ghi cán bộ của mỗi đơn vị một lần, theo slug của đơn vị",
}

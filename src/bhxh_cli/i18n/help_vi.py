"""The command line's help in Vietnamese, loaded only when help is shown in Vietnamese.

The English help is the source's own (docstrings and `help=`); this is its translation, keyed by
what it translates: `COMMANDS` by command (the text before its examples, which are the same in
both languages), `OPTIONS` by `command.parameter` or, when every command means the same by it,
by the parameter alone, `PANELS` by the English panel title. A test checks that every command,
parameter and panel has its entry. The parser's own messages stay in English."""

from __future__ import annotations

EXAMPLES_VI = "**Ví dụ**"
HELP_OPTION = "In trợ giúp này rồi thoát."

COMMANDS: dict[str, str] = {
    "bhxh": (
        "Tỷ lệ bao phủ, tiến độ kế hoạch và chỉ tiêu giao cho các chỉ tiêu bảo hiểm xã hội, "
        "bảo hiểm y tế của Việt Nam.\n\n"
        "Bảng biểu theo --lang (vi hoặc en); JSON và CSV giống nhau ở mọi ngôn ngữ. "
        "--lang và --no-color đặt được ở bất cứ đâu trên dòng lệnh."
    ),
    "coverage": (
        "Tỷ lệ bao phủ, chỉ tiêu, số người cần có và số còn thiếu của một tỉnh hay đơn vị.\n\n"
        "Không có --province: mỗi tỉnh một dòng tóm tắt."
    ),
    "provinces": (
        "Danh sách tỉnh với đơn vị trực thuộc, ngày số liệu và kỳ chỉ tiêu.\n\n"
        "Với --registry: các tỉnh của danh mục đơn vị hành chính, 34 tỉnh của bản đồ có hiệu "
        "lực từ 2025-07-01, hoặc 63 tỉnh trước đó."
    ),
    "init": (
        "Ghi ra stdout một tệp dữ liệu khởi đầu cho một tỉnh: mọi đơn vị kèm mã.\n\n"
        "Tỉnh với mọi đơn vị cấp huyện hoặc cấp xã của bản đồ có hiệu lực ngày --on, một ví dụ "
        "số liệu và chỉ tiêu đã chú thích, và các tỉnh cũ hợp thành tỉnh mới, nhập vào nó ngày "
        "2025-07-01. Tệp kiểm tra sạch ngay khi ghi ra."
    ),
    "report": (
        "Một trang cho cuộc họp lãnh đạo: từng loại hình so với kế hoạch, số người bên cạnh mọi "
        "tỷ lệ phần trăm, tiến độ, số liệu trước đó, các đơn vị trực thuộc và nguồn.\n\n"
        "Trang không cần gì khác: không script, không phông chữ hay hình ảnh từ mạng; in được "
        "trên khổ A4 từ mọi trình duyệt. Ngày lập là hôm nay, hoặc $SOURCE_DATE_EPOCH."
    ),
    "quota": (
        "Chỉ tiêu cho mỗi cán bộ, mỗi đơn vị hoặc chia từ một tổng; theo từng ngày khi có ngày.\n\n"
        "Ba cách, mỗi loại hình một cách: --per-staff LOẠI=N với --staff (cả cơ quan, hoặc "
        "ĐƠN_VỊ=N cho cán bộ từng đơn vị); --per-unit LOẠI=N cho mỗi đơn vị cấp huyện (địa bàn) "
        "của --province; --split LOẠI=TỔNG chia cho các đơn vị đó theo --weight, mỗi đơn vị trong "
        "khoảng --min/--max. Chia theo số dư lớn nhất (Hamilton) trên phần chính xác; đơn vị vượt "
        "giới hạn được giữ ở giới hạn, phần còn lại chia lại. Khi bằng nhau: {tie_break}.\n\n"
        "--start với --end (tính cả hai ngày) hoặc --days cho kế hoạch từng ngày; mỗi chỉ tiêu "
        "chia đều cho các ngày, ngày sớm hơn trước khi bằng nhau; --skip-weekdays và --holidays "
        "bỏ các ngày không ra quân. CAMPAIGN chạy một đợt vận động của tệp dữ liệu."
    ),
    "progress": (
        "Phần trăm kế hoạch, tiến độ cần đạt, dự báo và tốc độ còn cần.\n\n"
        "Một loại hình đúng tiến độ khi cách mức của tiến độ đều không quá 2 điểm phần trăm của "
        "phần kế hoạch phải tăng (kế hoạch trừ số gốc với chỉ tiêu tổng, chính kế hoạch với chỉ "
        "tiêu tăng mới). Kỳ đã kết thúc trước --as-of (mặc định hôm nay) là kỳ đã đóng: không có "
        "số cần đạt đến nay và tốc độ còn cần."
    ),
    "validate": (
        "Kiểm tra tệp dữ liệu: mọi lỗi của mọi tệp, kèm dòng và quy tắc.\n\n"
        "Mã thoát 0: không có lỗi (được phép có cảnh báo). Mã 1: có lỗi, hoặc có cảnh báo khi "
        "dùng --strict. Mã 2: dùng sai lệnh, hoặc tệp không tồn tại hay không kiểm tra được."
    ),
    "schema": "In JSON Schema của tệp dữ liệu, cho trình soạn thảo và các công cụ khác.",
    "import": (
        "Đọc số liệu của một bảng tính và ghi thành một tệp mới của bộ dữ liệu.\n\n"
        'Dòng tiêu đề được tìm theo nhãn (một loại hình trên "Kế hoạch / Thực hiện / Tỷ lệ %"); '
        "đơn vị được khớp theo tên, hoặc theo cột khoá của `bhxh template`. Tỷ lệ ghi sẵn và các "
        "dòng tổng được kiểm tra; cả bộ dữ liệu được kiểm tra cùng tệp mới trước khi ghi. Có "
        "bất kỳ lỗi nào thì không ghi gì: mỗi lỗi được nêu tại ô của nó."
    ),
    "template": (
        "Ghi một biểu mẫu để điền: mỗi đơn vị trực thuộc một dòng, mỗi loại hình một nhóm cột.\n\n"
        "Kế hoạch được điền sẵn khi tệp dữ liệu có; đơn vị gõ số liệu vào rồi `bhxh import` "
        "đọc lại biểu mẫu theo cột khoá ẩn."
    ),
    "contribution": (
        "Số đóng BHXH tự nguyện của một người hay BHYT của một hộ gia đình, phần Nhà nước hỗ "
        "trợ và phần tự đóng, mỗi tháng và mỗi năm, kèm quy định và văn bản."
    ),
    "budget": (
        "Dự toán hỗ trợ cho người tham gia mới trong một kỳ: phần Nhà nước, phần tỉnh và phần "
        "người tham gia tự đóng, theo nhóm, theo từng tháng khi có quy định thay đổi."
    ),
}

OPTIONS: dict[str, str] = {
    "lang": (
        "Ngôn ngữ của bảng và thông báo. Mặc định: $BHXH_LANG, rồi locale "
        "(LC_ALL, LC_MESSAGES, LANG)."
    ),
    "no_color": "Chữ thường, không màu.",
    "_version_flag": "In phiên bản.",
    "install_completion": "Cài tự hoàn thành lệnh cho shell hiện tại.",
    "show_completion": "In đoạn tự hoàn thành lệnh cho shell hiện tại, để chép hoặc tùy chỉnh.",
    "province": (
        "Mã (slug), đường dẫn (can-tho/thoi-lai) hoặc tên, có dấu hay không dấu, chữ hoa hay "
        'thường; bỏ qua "Thành phố", "TP.", "Huyện", "H.", ... trừ khi chúng phân biệt hai đơn vị.'
    ),
    "as_of": ("Dùng số liệu gần nhất vào hoặc trước ngày này (dd/mm/yyyy hoặc YYYY-MM-DD)."),
    "period": (
        "Kỳ chỉ tiêu cho mọi loại hình: 2025, 2024-H1, 2024-Q2, 2024-05, 2024-01-01/2024-06-30 "
        "hoặc 01/01/2024-30/06/2024. Mặc định: với mỗi loại hình, kỳ ngắn nhất trong các kỳ chỉ "
        "tiêu của chính nó chứa ngày số liệu, nếu không có thì kỳ kết thúc sớm nhất sau ngày đó, "
        "nếu vẫn không có thì kỳ muộn nhất (bằng nhau: kỳ ngắn hơn, rồi kỳ bắt đầu trước)."
    ),
    "progress.period": (
        "Kỳ chỉ tiêu: 2024, 2024-H1, 2024-Q2, 2024-05, 2024-01-01/2024-06-30 (hoặc "
        "01/01/2024-30/06/2024), hoặc all (mọi kỳ), cho mọi loại hình. Mặc định: với mỗi loại "
        "hình, kỳ ngắn nhất trong các kỳ chỉ tiêu của chính nó chứa ngày số liệu, nếu không có "
        "thì kỳ kết thúc sớm nhất sau ngày đó, nếu vẫn không có thì kỳ muộn nhất (bằng nhau: kỳ "
        "ngắn hơn, rồi kỳ bắt đầu trước)."
    ),
    "fmt": (
        "table và markdown cho người đọc; json và csv cho chương trình; xlsx, sổ Excel, với -o TỆP."
    ),
    "report.output": "Trang cần ghi: một tệp mới; không bao giờ ghi đè một tệp đã có.",
    "report.by_unit": "Thêm các đơn vị trực thuộc, theo từng loại hình, đơn vị chậm trước.",
    "report.campaign": (
        "Thêm chi phí của một đợt vận động trong tệp dữ liệu trong kỳ của báo cáo: chỉ tiêu của "
        "đợt làm người tham gia mới, như `bhxh budget --campaign` tính. Mặc định: không có chi "
        "phí."
    ),
    "pdf": "In thêm trang ra TỆP.pdf bằng Chromium đã cài.",
    "output": "Ghi vào tệp mới này thay vì stdout; không bao giờ ghi đè một tệp đã có.",
    "excel": ("Với --format csv: bắt đầu bằng dấu BOM, để Excel đọc đúng chữ tiếng Việt."),
    "validate.fmt": (
        "text cho người đọc, json cho chương trình, github cho chú thích, xlsx (với -o TỆP) "
        "cho sổ Excel. Mặc định: github khi "
        "chạy trong GitHub Actions, còn lại text."
    ),
    "data": ("Tệp chỉ tiêu. Mặc định: $BHXH_DATA, ./data/targets.yaml, rồi bản đi kèm bhxh."),
    "merged": (
        "Cộng các tỉnh đã sáp nhập vào tỉnh này (kể cả chính nó) trên cùng một ngày; nêu tên "
        "tỉnh nào thiếu số liệu ngày đó thay vì cộng thiếu."
    ),
    "by_unit": "Mỗi đơn vị trực thuộc và loại hình một dòng, đơn vị chậm nhất trước.",
    "coverage.by_unit": (
        "Mỗi đơn vị trực thuộc một dòng (kèm dòng tổng của chính đơn vị), mỗi loại hình một nhóm "
        "cột."
    ),
    "sort": (
        "Với --by-unit: loại hình có phần trăm chỉ tiêu dùng để xếp các đơn vị trực thuộc, thấp "
        "nhất trước. Mặc định: loại hình đầu tiên có chỉ tiêu."
    ),
    "depth": "Liệt kê bao nhiêu cấp đơn vị trực thuộc (mặc định 1); kéo theo --by-unit.",
    "scheme": "Chỉ một loại hình (mã như bhxh_tu_nguyen, hoặc viết tắt như bhxhtn, hgd).",
    "campaign": "Mã một đợt vận động trong tệp dữ liệu (khóa campaigns: của nó).",
    "staff": "Cán bộ vận động: N cho cả cơ quan, hoặc ĐƠN_VỊ=N cho từng đơn vị (lặp lại).",
    "per_staff": "Số người mỗi cán bộ vận động. Lặp lại.",
    "per_unit": "Số người mỗi đơn vị địa bàn vận động. Lặp lại.",
    "split": "Một tổng chia cho các đơn vị địa bàn. Lặp lại.",
    "minimum": "--split: mỗi đơn vị ít nhất chừng này.",
    "maximum": "--split: mỗi đơn vị nhiều nhất chừng này.",
    "weight": (
        "--split theo dân số (population, mặc định), lực lượng lao động (labour_force), chia đều "
        "(equal), hoặc số còn thiếu (gap: số người còn cần cho chỉ tiêu hiện hành)."
    ),
    "start": "Ngày đầu của kế hoạch (dd/mm/yyyy hoặc YYYY-MM-DD).",
    "end": "Ngày cuối của kế hoạch, tính cả ngày này.",
    "days": "Số ngày, từ --start.",
    "skip_weekdays": (
        "Các thứ không ra quân, cách nhau bằng dấu phẩy: mon,tue,...,sun (hoặc t2,...,cn)."
    ),
    "holidays": "Tệp liệt kê ngày nghỉ, mỗi dòng một ngày (dd/mm/yyyy hoặc YYYY-MM-DD).",
    "init.province": "Tỉnh: mã slug, tên (có dấu hay không dấu) hoặc mã số.",
    "provinces.province": "Với --registry: tỉnh cần liệt kê các đơn vị cấp xã hoặc cấp huyện.",
    "registry": (
        "Các tỉnh của danh mục đơn vị hành chính ngày --on, kèm các tỉnh cũ hợp thành mỗi tỉnh; "
        "với -p, các đơn vị cấp xã (hoặc cấp huyện) của một tỉnh."
    ),
    "on": (
        "Ngày của bản đồ được dùng: 63 tỉnh và các huyện trước 2025-07-01, 34 tỉnh và các xã từ "
        "ngày đó (dd/mm/yyyy hoặc YYYY-MM-DD). Mặc định: hôm nay."
    ),
    "level": (
        "Liệt kê gì dưới tỉnh: communes (cấp xã, bản đồ từ 2025-07-01) hoặc districts (cấp "
        "huyện, trước đó). Mặc định: cấp mà bản đồ ngày --on có."
    ),
    "files": "Các tệp dữ liệu cần kiểm tra. Mặc định: tệp mà các lệnh khác sẽ dùng.",
    "strict": "Cảnh báo cũng tính là không đạt.",
    "sheet_file": "Một sổ tính (.xlsx, .xls, .ods) hoặc một tệp .csv.",
    "import.as_of": "Ngày của số liệu (dd/mm/yyyy hoặc YYYY-MM-DD).",
    "sheet": "Trang cần đọc. Mặc định: trang đầu tiên.",
    "mapping": "Tệp ánh xạ (YAML) chỉ rõ cột nào chứa gì; xem --show-mapping.",
    "show_mapping": "In ánh xạ nhận ra từ dòng tiêu đề của trang, và không ghi gì.",
    "import.output": "Tệp cần ghi. Mặc định: actuals/P-NGÀY.yaml cạnh tệp chỉ tiêu.",
    "replace": "Thay tệp kết quả nếu do một lần `bhxh import` trước ghi.",
    "template.period": (
        "Kỳ chỉ tiêu có kế hoạch điền vào cột kế hoạch (2024, 2024-H1, ...). Mặc định: với mỗi "
        "loại hình, như `bhxh progress` chọn."
    ),
    "template.output": "Sổ tính cần ghi (.xlsx).",
    "kind": "voluntary (BHXH tự nguyện) hoặc household (thẻ BHYT hộ gia đình).",
    "income": (
        "voluntary: thu nhập tháng lựa chọn, bằng đồng. Mặc định: mức thấp nhất, chuẩn nghèo "
        "nông thôn."
    ),
    "category": "voluntary: nhóm được Nhà nước hỗ trợ, và mức hỗ trợ.",
    "members": "household: số thành viên có thẻ.",
    "contribution.on": "Ngày có quy định áp dụng (dd/mm/yyyy hoặc YYYY-MM-DD). Mặc định: hôm nay.",
    "policy": (
        "Tệp chính sách có các tham số theo ngày. Mặc định: $BHXH_POLICY, rồi bản đi kèm bhxh."
    ),
    "budget.period": "Kỳ: 2026, 2026-H2, 2026-Q3, 2026-07 hoặc 2026-07-01/2026-12-31.",
    "new": "Người tham gia mới của một loại hình (bhxh_tu_nguyen, bhyt_ho_gia_dinh). Lặp lại.",
    "budget.campaign": "Chỉ tiêu của một đợt vận động trong tệp dữ liệu, làm người tham gia mới.",
    "mix": (
        "Người tham gia tự nguyện theo nhóm, vd. poor=10%,near-poor=20%; còn lại là other. Mặc "
        "định: tất cả other, kèm khoảng giữa các nhóm."
    ),
    "months": "Số tháng mỗi người đóng: M tháng cuối của kỳ. Mặc định: mọi tháng của kỳ.",
    "household_size": "Số thành viên mỗi hộ mua thẻ (mặc định 1: mỗi người là người thứ nhất).",
}

PANELS: dict[str, str] = {
    "Selection": "Chọn",
    "Output": "Kết quả",
    "Data": "Dữ liệu",
    "Quotas": "Chỉ tiêu giao",
    "Day by day": "Theo từng ngày",
    "Checks": "Kiểm tra",
    "Costs": "Chi phí",
    # Typer's own titles, for what has no panel of its own
    "Options": "Tùy chọn",
    "Arguments": "Tham số",
    "Commands": "Lệnh",
}

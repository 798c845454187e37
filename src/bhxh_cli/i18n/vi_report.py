"""Các văn bản tiếng Việt của tệp viết cho người đọc: sổ Excel, -o TỆP và `bhxh report`.

Một phần của vi.py, trong tệp riêng; en_report.py có cùng các khóa, cùng thứ tự.
"""

REPORT_TEXTS: dict[str, str] = {
    # --- output files ----------------------------------------------------------------------------
    "output.terminal": "--format xlsx ghi một sổ Excel, màn hình dòng lệnh không hiển thị được",
    "output.terminal.hint": "hãy cho -o TỆP.xlsx, hoặc chuyển qua một đường ống (pipe)",
    "output.empty": "-o để trống",
    "output.exists": "{path} đã có; bhxh không bao giờ ghi đè một tệp",
    "output.exists.hint": "hãy đặt tên khác, hoặc chuyển tệp cũ đi trước",
    "output.excel_needs_csv": "--excel đi với --format csv, không phải {format}",
    # --- validate as a workbook -----------------------------------------------------------------
    "col.file": "Tệp",
    "col.line": "Dòng",
    "col.column": "Cột",
    "col.severity": "Mức độ",
    "col.rule": "Quy tắc",
    "col.message": "Nội dung",
    "col.hint": "Gợi ý",
    "title.problems": "Vấn đề trong {files}",
    # --- bhxh report -----------------------------------------------------------------------------
    "report.needs_html": "-o {path}: báo cáo là một trang HTML; hãy đặt tên TỆP.html",
    "report.one_period": "báo cáo trình bày từng kỳ một, không phải mọi kỳ",
    "report.no_chromium": "--pdf: không tìm thấy Chromium (đã tìm {names})",
    "report.no_chromium.hint": "apt-get install chromium, hoặc mở {path} bằng trình duyệt rồi in "
    "ra PDF",
    "report.pdf_failed": "--pdf: Chromium không in được {path}: {reason}",
    "report.title": "{name}: kết quả đến ngày {as_of}",
    "report.title_no_snapshot": "{name}: chưa có số liệu",
    "report.subtitle": "Kế hoạch {period} · số liệu ngày {as_of}",
    "report.generated": "Lập ngày {day} bằng bhxh",
    "report.schemes": "So với kế hoạch",
    "report.units": "Các đơn vị trực thuộc, đơn vị chậm trước",
    "report.units_of": "{scheme}: các đơn vị, % kế hoạch thấp nhất trước",
    "report.costs": "Chi phí đóng",
    "report.notes": "Ghi chú và nguồn",
    "report.of_plan": "{actual} / {plan} · {percent}",
    "report.no_plan": "chưa có kế hoạch",
    "report.period_closed": "kỳ đã kết thúc",
    "report.col.figures": "Thực hiện / kế hoạch · % kế hoạch",
    "report.col.bar": "Biểu đồ",
    "report.col.baseline": "Đầu kỳ",
    # --- bhxh report --campaign: the cost section -----------------------------------------------
    "report.needs_campaign": "{option} đi cùng --campaign: báo cáo chỉ có chi phí của một đợt "
    "vận động",
    "report.campaign_elsewhere": "--campaign {campaign} là đợt vận động của {province}, còn báo "
    "cáo là của {unit}",
    "report.campaign_elsewhere.hint": "ghi -p {province}, hoặc một đợt vận động của tỉnh trong "
    "báo cáo",
    "report.campaign_periods": "--campaign: chi phí tính cho một kỳ, còn báo cáo của {unit} có "
    "{periods}",
    "report.campaign_no_period": "--campaign: báo cáo của {unit} không có kỳ chỉ tiêu nào để "
    "tính chi phí",
    "report.cannot_cost": "--campaign {campaign}: không tính được chi phí kỳ {period}: {why}",
}

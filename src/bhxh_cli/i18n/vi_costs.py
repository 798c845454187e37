"""Các văn bản tiếng Việt về chi phí: mức đóng, dự toán hỗ trợ và tệp chính sách.

Cùng các khóa, cùng thứ tự với en_costs.py.
"""

COSTS_TEXTS: dict[str, str] = {
    # --- the policy file -------------------------------------------------------------------------
    "policy.empty": "--policy để trống",
    "policy.empty.hint": "ghi đường dẫn tệp chính sách, hoặc bỏ --policy",
    "policy.not_in_force": "không có {parameter} áp dụng ngày {day}: tệp chính sách có {covered}",
    "policy.not_in_force.hint": "chọn ngày trong khoảng đó, hoặc thêm mục vào {file}",
    "policy.span": "từ {start} đến {end}",
    "policy.span_open": "từ {start}",
    "policy.not_dong": "{value} không phải số đồng nguyên",
    "policy.not_dong.hint": "ghi số tiền bằng các chữ số 0-9, không dấu phân cách, vd. 2340000",
    "policy.open": "chưa có ngày kết thúc",
    "policy.overlap": "{parameter}: mục từ {start} không bắt đầu sau mục trước "
    "({before} đến {until})",
    "policy.overlap.hint": "ghi các mục từ cũ đến mới, mỗi mục có `until` trước `from` của mục sau",
    "top_up.kind": "mức hỗ trợ thêm ghi đúng một trong `percent` hoặc `amount`",
    "parameter.voluntary_rate": "tỷ lệ đóng BHXH tự nguyện",
    "parameter.poverty_line": "chuẩn nghèo nông thôn",
    "parameter.income_ceiling": "mức thu nhập cao nhất",
    "parameter.base_salary": "mức lương cơ sở",
    "parameter.voluntary_support": "mức hỗ trợ của Nhà nước",
    "parameter.household_health": "mức giảm trừ BHYT hộ gia đình",
    # --- costs: options --------------------------------------------------------------------------
    "costs.income_bounds": "thu nhập {income} ngoài khung của BHXH tự nguyện ngày {day}: từ "
    "{lowest} (chuẩn nghèo nông thôn) đến {highest} (mức thu nhập cao nhất)",
    "costs.income_bounds.hint": "ghi --income bằng đồng mỗi tháng, trong khung đó",
    "costs.bad_mix": "--mix: mục sai {value}",
    "costs.bad_mix.hint": "ghi NHÓM=PHẦN_TRĂM, cách nhau bằng dấu phẩy, vd. poor=10%,near-poor=20%",
    "costs.unknown_category": "--mix: không có nhóm {name}",
    "costs.categories.hint": "các nhóm: poor, near-poor, ethnic-minority, other",
    "costs.mix_above_100": "--mix cộng lại hơn 100%: {mix}",
    "costs.months": "--months {months}: kỳ {period} có {most} tháng",
    "costs.not_costed": "{option}: không có quy định mức đóng cho {scheme}",
    "costs.not_costed.hint": "chi phí được tính cho bhxh_tu_nguyen và bhyt_ho_gia_dinh",
    "costs.nothing": "không có gì để tính: ghi --new SCHEME=N hoặc một đợt vận động",
    "costs.new_or_campaign": "ghi --new hoặc --campaign, không cả hai",
    "costs.needs_province": "cần --province: đợt vận động {campaign} không ghi tỉnh",
    "costs.other_province": (
        "--province {province} không phải tỉnh của đợt vận động {campaign}, {own}"
    ),
    "costs.other_province.hint": "bỏ --province, hoặc ghi đúng tỉnh của đợt vận động",
    "costs.mix_without_voluntary": "--mix dành cho người tham gia tự nguyện, mà không có ai",
    "costs.household_options": "--income và --category dành cho voluntary, không cho household",
    "costs.voluntary_options": "--members dành cho household, không cho voluntary",
    "costs.needs_members": "household: ghi --members K",
    "costs.needs_province_option": "cần --province",
    "costs.bad_percent": "{option}: phần trăm sai {value}",
    # --- costs: tables ---------------------------------------------------------------------------
    "category.poor": "hộ nghèo",
    "category.near-poor": "hộ cận nghèo",
    "category.ethnic-minority": "dân tộc thiểu số",
    "category.other": "đối tượng khác",
    "title.contribution_voluntary": "BHXH tự nguyện ngày {day}: thu nhập {income} mỗi tháng, "
    "nhóm {category}",
    "title.contribution_household": "BHYT hộ gia đình ngày {day}: hộ {members} người",
    "title.budget": "{name} ({unit}): chi phí người tham gia mới, kỳ {period}",
    "title.budget_campaign": "{name} ({unit}): chi phí đợt vận động {campaign}, kỳ {period}",
    "title.budget_range": "Nếu cả {count} người tham gia tự nguyện cùng một nhóm",
    "col.amount": "Khoản",
    "col.monthly": "Mỗi tháng",
    "col.yearly": "Mỗi năm",
    "col.member": "Thành viên",
    "col.cards": "Số thẻ",
    "col.monthly_each": "Mỗi thẻ/tháng",
    "col.category": "Nhóm",
    "col.people": "Số người",
    "col.months": "Các tháng",
    "col.state": "Nhà nước",
    "col.province_support": "Tỉnh",
    "col.paid": "Người tham gia",
    "row.contribution": "Số đóng",
    "row.state_support": "Nhà nước hỗ trợ",
    "row.province_support": "Tỉnh hỗ trợ",
    "row.paid": "Người tham gia đóng",
    "row.household": "Cả hộ",
    "member.rank": "người thứ {rank}",
    "member.rest": "từ người thứ {rank}",
    "months.span": "{first}–{last}",
    "months.span_year": "{first}–{last}/{year}",
    "month": "{month}/{year}",
    "note.voluntary_rule": "Quy định: {rate} thu nhập lựa chọn, từ {lowest} (chuẩn nghèo nông "
    "thôn) đến {highest} ({times} × lương cơ sở {base}); Nhà nước hỗ trợ {share} của "
    "{rate} × {line} cho nhóm {category}{cap}.",
    "note.support_cap": ", tối đa {months} tháng",
    "note.household_rule": "Quy định: người thứ nhất đóng {first} mức lương cơ sở {base}; "
    "những người tiếp theo {steps} mức của người thứ nhất, mức cuối cho những người còn lại. "
    "Tệp chính sách không có hỗ trợ của Nhà nước cho thẻ hộ gia đình: cả hộ tự đóng (nhóm "
    "đối tượng khác).",
    "note.year": "Một năm là {months} tháng theo quy định áp dụng ngày {day}.",
    "note.change": "{parameter} thay đổi sau ngày {until}: xem `bhxh budget` cho các tháng sau đó.",
    "note.cited": "{parameter} {value}, áp dụng {span}: {source}.",
    "note.cited_unverified": "{parameter} {value}, áp dụng {span}: {source} (chưa đối chiếu "
    "với Công báo).",
    "note.unverified": "Chưa đối chiếu với Công báo: {parameters}.",
    "note.rounding_costs": "Số tiền tính bằng đồng: mỗi khoản hằng tháng của một người hay "
    "một thẻ được làm tròn một lần, từ 0,5 trở lên làm tròn lên; năm và tổng là tổng các "
    "khoản đó.",
    "note.assumed_other": "Giả định: mọi người tham gia tự nguyện thuộc nhóm đối tượng khác "
    "(không ghi --mix); bảng dưới đi từ nhóm rẻ nhất đến nhóm đắt nhất.",
    "note.assumed_mix": "Giả định cơ cấu người tham gia tự nguyện: {mix} (còn lại là đối "
    "tượng khác).",
    "note.assumed_months": "Mỗi người đóng {months} tháng cuối trong {all} tháng của kỳ; "
    "người tham gia tự nguyện đóng theo mức thu nhập thấp nhất (chuẩn nghèo nông thôn).",
    "note.assumed_household": "Người tham gia BHYT hộ gia đình theo hộ {size} người, hộ cuối "
    "ít hơn; thẻ hộ gia đình không có hỗ trợ của Nhà nước (nhóm đối tượng khác).",
    "note.line_each": "{scheme}, {category}, {months}: mỗi người {contribution} mỗi tháng; "
    "Nhà nước {state}, tỉnh {province}, người tham gia {paid}.",
    "note.top_up": "Tỉnh hỗ trợ thêm: {source}.",
    "value.times": "{times} × lương cơ sở",
    "value.share": "{category} {percent}",
}

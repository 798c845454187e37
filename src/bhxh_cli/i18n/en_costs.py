"""The English texts about costs: contributions, support budgets and the policy file.

A section of en.py kept in a file of its own; vi_costs.py has the same keys in the same order.
"""

COSTS_TEXTS: dict[str, str] = {
    # --- the policy file -------------------------------------------------------------------------
    "policy.empty": "--policy is empty",
    "policy.empty.hint": "give the path of a policy file, or leave --policy out",
    "policy.not_in_force": "no {parameter} in force on {day}: the policy file covers {covered}",
    "policy.not_in_force.hint": "ask for a date it covers, or add the entry to {file}",
    "policy.span": "{start} to {end}",
    "policy.span_open": "from {start}",
    "policy.not_dong": "{value} is not a whole number of đồng",
    "policy.not_dong.hint": "write the amount in the digits 0-9, without separators, e.g. 2340000",
    "policy.open": "no end",
    "policy.overlap": "{parameter}: the entry from {start} does not start after the one "
    "before it ({before} to {until})",
    "policy.overlap.hint": "list the entries oldest first, each with an `until` before the "
    "next one's `from`",
    "top_up.kind": "a support top-up gives exactly one of `percent` or `amount`",
    "parameter.voluntary_rate": "voluntary contribution rate",
    "parameter.poverty_line": "rural poverty line",
    "parameter.income_ceiling": "highest income base",
    "parameter.base_salary": "base salary",
    "parameter.voluntary_support": "state support shares",
    "parameter.household_health": "household card steps",
    # --- costs: options --------------------------------------------------------------------------
    "costs.income_bounds": "income {income} is outside the bounds of voluntary insurance on "
    "{day}: from {lowest} (the rural poverty line) to {highest} (the highest income base)",
    "costs.income_bounds.hint": "give --income in đồng a month, within the bounds",
    "costs.bad_mix": "--mix: bad entry {value}",
    "costs.bad_mix.hint": "write CATEGORY=PERCENT, comma-separated, e.g. poor=10%,near-poor=20%",
    "costs.unknown_category": "--mix: unknown category {name}",
    "costs.categories.hint": "categories: poor, near-poor, ethnic-minority, other",
    "costs.mix_above_100": "--mix adds up to more than 100%: {mix}",
    "costs.months": "--months {months}: the period {period} has {most} months",
    "costs.not_costed": "{option}: no cost rule for {scheme}",
    "costs.not_costed.hint": "costs are computed for bhxh_tu_nguyen and bhyt_ho_gia_dinh",
    "costs.nothing": "nothing to cost: give --new SCHEME=N or a campaign",
    "costs.new_or_campaign": "give --new or --campaign, not both",
    "costs.needs_province": "--province is needed: campaign {campaign} names no province",
    "costs.other_province": (
        "--province {province} is not the province of campaign {campaign}, {own}"
    ),
    "costs.other_province.hint": "leave --province out, or give the campaign's own province",
    "costs.mix_without_voluntary": "--mix is about voluntary participants, and there are none",
    "costs.household_options": "--income and --category are for voluntary, not household",
    "costs.voluntary_options": "--members is for household, not voluntary",
    "costs.needs_members": "household: give --members K",
    "costs.needs_province_option": "--province is needed",
    "costs.bad_percent": "{option}: bad percent {value}",
    # --- costs: tables ---------------------------------------------------------------------------
    "category.poor": "poor",
    "category.near-poor": "near-poor",
    "category.ethnic-minority": "ethnic minority",
    "category.other": "other",
    "title.contribution_voluntary": "Voluntary social insurance on {day}: income {income} a "
    "month, category {category}",
    "title.contribution_household": "Household health insurance on {day}: a household of {members}",
    "title.budget": "{name} ({unit}): cost of new participants, period {period}",
    "title.budget_campaign": "{name} ({unit}): cost of campaign {campaign}, period {period}",
    "title.budget_range": "If all {count} voluntary participants were of one category",
    "col.amount": "Amount",
    "col.monthly": "A month",
    "col.yearly": "A year",
    "col.member": "Member",
    "col.cards": "Cards",
    "col.monthly_each": "Each a month",
    "col.category": "Category",
    "col.people": "People",
    "col.months": "Months",
    "col.state": "State",
    "col.province_support": "Province",
    "col.paid": "Participants",
    "row.contribution": "Contribution",
    "row.state_support": "State support",
    "row.province_support": "Provincial support",
    "row.paid": "The participant pays",
    "row.household": "The household",
    "member.rank": "member {rank}",
    "member.rest": "members {rank} and later",
    "months.span": "{first}–{last}",
    "months.span_year": "{year}-{first}–{last}",
    "month": "{year}-{month}",
    "note.voluntary_rule": "Rule: {rate} of the income chosen, from {lowest} (the rural poverty "
    "line) to {highest} ({times} × the base salary {base}); the state supports {share} of "
    "{rate} × {line} for category {category}{cap}.",
    "note.support_cap": ", for at most {months} months",
    "note.household_rule": "Rule: the first member pays {first} of the base salary {base}; "
    "the next ones {steps} of the first's, the last share for the rest. The policy file has no "
    "state support for household cards: the household pays it all (category other).",
    "note.year": "A year is {months} months at the rules in force on {day}.",
    "note.change": "The {parameter} changes after {until}: see `bhxh budget` for the months after.",
    "note.cited": "{parameter} {value}, in force {span}: {source}.",
    "note.cited_unverified": "{parameter} {value}, in force {span}: {source} (not yet checked "
    "against the gazette).",
    "note.unverified": "Not yet checked against the gazette: {parameters}.",
    "note.rounding_costs": "Amounts in đồng: each monthly amount of a person or a card is "
    "rounded once, half up; years and totals are sums of those.",
    "note.assumed_other": "Assumed: every voluntary participant of category other (no --mix "
    "given); the table below goes from the cheapest category to the dearest.",
    "note.assumed_mix": "Assumed mix of the voluntary participants: {mix} (the rest other).",
    "note.assumed_months": "Each participant contributes the last {months} of the period's "
    "{all} months; voluntary participants on the lowest income base (the rural poverty line).",
    "note.assumed_household": "Household participants in households of {size}, the last one "
    "smaller; household cards have no state support (category other).",
    "note.line_each": "{scheme}, {category}, {months}: {contribution} a month each; the state "
    "{state}, the province {province}, the participant {paid}.",
    "note.top_up": "Provincial support: {source}.",
    "value.times": "{times} × the base salary",
    "value.share": "{category} {percent}",
}

"""What participants pay and what the state and the province support, from dated parameters.

`policy` reads and checks the policy file (data/policy.yaml): every parameter dated, with its
legal source and whether it was checked against the gazette. `amounts` computes one person's or
one household's monthly amounts; `budget` adds them up month by month over a period for the new
participants of a plan. Every amount is whole đồng, computed with integers and fractions and
rounded once (`amounts.whole_dong`).
"""

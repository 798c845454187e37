"""`bhxh coverage`: a unit's coverage, target, people required and gap (`report`), and the
units x schemes table of its sub-units (`by_unit`)."""

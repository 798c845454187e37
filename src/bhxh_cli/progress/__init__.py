"""`bhxh progress`: the arithmetic of pace (`pace`), one unit against one period (`measure`),
and the report over units and periods (`report`)."""

"""`bhxh quota`: the plan (`plan`), a campaign of the file as a request (`campaign`), the weights
of a split (`weights`), largest remainder within bounds (`apportion`) and its written method."""

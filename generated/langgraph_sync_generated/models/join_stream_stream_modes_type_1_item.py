from typing import Literal

JoinStreamStreamModesType1Item = Literal["lifecycle", "run_modes", "state_update"]

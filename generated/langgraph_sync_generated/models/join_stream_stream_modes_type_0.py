from typing import Literal

JoinStreamStreamModesType0 = Literal["lifecycle", "run_modes", "state_update"]

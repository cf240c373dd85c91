"""The lowest versions pyproject.toml declares, as pip constraints; or a check that they are installed.

    python .ci/lowest_constraints.py                 # prints "name==lower-bound" per runtime dependency
    python .ci/lowest_constraints.py --check PYTHON  # fails unless PYTHON has exactly those versions

Read from [project].dependencies every time, so the lowest-versions runs in .ci/run test the bounds
as declared, never a list kept by hand. Every runtime dependency must have a `>=` lower bound.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import tomllib

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
LOWER_BOUND = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*[^;]*?>=\s*([^,;\s]+)")


def lowest() -> dict[str, str]:
    declared = tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    bounds = {}
    for requirement in declared:
        match = LOWER_BOUND.match(requirement)
        if match is None:
            sys.exit(f"lowest_constraints: {requirement!r} declares no lower bound (>=)")
        bounds[match.group(1)] = match.group(2)
    return bounds


def main(argv: list[str]) -> int:
    bounds = lowest()
    if not argv:
        print("\n".join(f"{name}=={version}" for name, version in bounds.items()))
        return 0
    if argv[0] != "--check" or len(argv) != 2:
        sys.exit(__doc__)
    script = "import importlib.metadata as m, sys; print(*(m.version(n) for n in sys.argv[1:]))"
    installed = subprocess.run([argv[1], "-c", script, *bounds], capture_output=True, text=True, check=True)
    found = dict(zip(bounds, installed.stdout.split()))
    wrong = {name: found[name] for name, version in bounds.items() if found[name] != version}
    if wrong:
        sys.exit(f"lowest_constraints: not the declared lower bounds: installed {wrong}, declared {bounds}")
    print("lowest versions installed: " + ", ".join(f"{name} {version}" for name, version in found.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

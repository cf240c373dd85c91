"""The lowest versions pyproject.toml declares, as pip constraints; or a check that they are installed.

    python .ci/lowest_constraints.py [--extra NAME]                 # "name==lower-bound", one a line
    python .ci/lowest_constraints.py [--extra NAME] --check PYTHON  # fails unless PYTHON has exactly those

Read from [project].dependencies (and the extra's list) every time, so the lowest-versions runs in
.ci/run test the bounds as declared, never a list kept by hand. Each must have a `>=` lower bound.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import tomllib

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
LOWER_BOUND = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*[^;]*?>=\s*([^,;\s]+)")


def lowest(extra: str | None) -> dict[str, str]:
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    declared = project["dependencies"] + (project["optional-dependencies"][extra] if extra else [])
    bounds = {}
    for requirement in declared:
        match = LOWER_BOUND.match(requirement)
        if match is None:
            sys.exit(f"lowest_constraints: {requirement!r} declares no lower bound (>=)")
        bounds[match.group(1)] = match.group(2)
    return bounds


def _release(version: str) -> tuple[str, ...]:
    """A version's parts with trailing zeros dropped, so that a bound of 0.19 matches 0.19.0."""
    parts = version.split(".")
    while len(parts) > 1 and parts[-1] == "0":
        parts.pop()
    return tuple(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extra", help="also the bounds of this optional-dependencies extra")
    parser.add_argument("--check", metavar="PYTHON", help="check the versions installed for this interpreter")
    args = parser.parse_args()
    bounds = lowest(args.extra)
    if args.check is None:
        print("\n".join(f"{name}=={version}" for name, version in bounds.items()))
        return 0
    script = "import importlib.metadata as m, sys; print(*(m.version(n) for n in sys.argv[1:]))"
    installed = subprocess.run([args.check, "-c", script, *bounds], capture_output=True, text=True, check=True)
    found = dict(zip(bounds, installed.stdout.split(), strict=True))
    wrong = {name: found[name] for name, version in bounds.items() if _release(found[name]) != _release(version)}
    if wrong:
        sys.exit(f"lowest_constraints: not the declared lower bounds: installed {wrong}, declared {bounds}")
    print("lowest versions installed: " + ", ".join(f"{name} {version}" for name, version in found.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

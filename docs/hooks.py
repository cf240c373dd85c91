"""mkdocs hooks: the models page lists every model from the generated package's own __all__ (so a
regenerated client's reference is complete without editing docs/), and the build fails if a public
name of the package has no entry in the API reference.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = "<!-- every model -->"
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "generated")]


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    if PLACEHOLDER not in markdown:
        return markdown
    from langgraph_sync_generated import models

    directives = [f"::: langgraph_sync_generated.models.{name}\n" for name in sorted(models.__all__)]
    return markdown.replace(PLACEHOLDER, "\n".join(directives))


def on_post_build(config: Any, **kwargs: Any) -> None:
    import langgraph_sync
    import langgraph_sync.models

    site = Path(config["site_dir"])
    documented = set()
    for page in (site / "reference").rglob("*.html"):
        documented.update(re.findall(r'id="[\w.]*?\.?(\w+)"', page.read_text()))
    public = set(langgraph_sync.__all__) | set(langgraph_sync.models.__all__)
    missing = sorted(public - documented)
    if missing:
        raise PluginError(f"public names missing from the API reference: {', '.join(missing)}")

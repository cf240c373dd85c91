"""mkdocs hook: the models page lists every model, from the generated package's own __all__.

So a regenerated client's reference is complete without editing docs/.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = "<!-- every model -->"


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    if PLACEHOLDER not in markdown:
        return markdown
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "generated")]
    from langgraph_sync_generated import models

    directives = [f"::: langgraph_sync_generated.models.{name}\n" for name in sorted(models.__all__)]
    return markdown.replace(PLACEHOLDER, "\n".join(directives))

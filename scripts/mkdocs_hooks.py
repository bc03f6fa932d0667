"""MkDocs hook: the reference pages ``scripts/generate.py`` writes under ``generated/docs`` join the site.

They stay where every generated file lives (checked by ``generate.py --check``, never edited by
hand) and are served at the same paths as if they were in ``docs/``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

GENERATED_DOCS = Path(__file__).resolve().parents[1] / "generated" / "docs"


def on_files(files: Files, config: Any) -> Files:
    pages = sorted(GENERATED_DOCS.rglob("*.md"))
    if not pages:
        raise PluginError(f"no generated reference pages in {GENERATED_DOCS}: run scripts/generate.py")
    nav_file = config["plugins"]["literate-nav"].config.nav_file
    for path in pages:
        rel = path.relative_to(GENERATED_DOCS).as_posix()
        if files.get_file_from_path(rel) is not None:
            raise PluginError(f"docs/{rel} is also generated: the generated page goes in generated/docs only")
        # A navigation file is read by literate-nav, not published.
        inclusion = InclusionLevel.EXCLUDED if path.name == nav_file else InclusionLevel.UNDEFINED
        files.append(File(rel, str(GENERATED_DOCS), config["site_dir"], config["use_directory_urls"], inclusion=inclusion))
    return files


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    server.watch(str(GENERATED_DOCS))
    return server

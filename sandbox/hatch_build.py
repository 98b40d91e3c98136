"""Ship the generated pydantic models (hrflow_schemas) in the hrflow-sandbox wheel and sdist.

They live in ../generated/ in the repository, and at the top of an sdist built from it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class SchemasHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return  # dev-mode-dirs already puts ../generated on sys.path: no stale copy
        root = Path(self.root)
        for candidate in (root.parent / "generated" / "hrflow_schemas", root / "hrflow_schemas"):
            if (candidate / "__init__.py").is_file():
                build_data["force_include"][str(candidate)] = "hrflow_schemas"
                return
        raise FileNotFoundError(
            f"hrflow_schemas not found beside {root} (run ./scripts/regenerate from the repository)"
        )

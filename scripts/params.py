"""Write `hrflow_client/params.py`: a `TypedDict` for each write shape, so a dict literal is type-checked.

The object arguments of the facade (`job=`, `profile=`) accept a plain dict; typed as
`JobWriteParam` (from `JobWrite`), mypy rejects `{"name": 1}` or an unknown field while
the runtime still takes any mapping. Every component schema an object shape refers to
gets its own `...Param`; required properties are `Required[...]`, the others optional.
"""

from __future__ import annotations

import re
from typing import Any

from facade import Spec, class_name

HEADER = '''"""Typed dicts for the facade's object arguments (`job=`, `profile=`), one per write shape of the spec.

Written by scripts/params.py from the bundled spec: edit the spec, not this file.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal, Required, TypedDict

__all__ = [{names}]
'''


class ParamSpec(Spec):
    """Names object components as `...Param` typed dicts, queued to be written too."""

    def __init__(self, document: dict[str, Any]) -> None:
        super().__init__(document)
        self.queue: list[str] = []

    def python_type(self, schema: Any, models: set[str]) -> str:
        name = self.schema_name(schema)
        resolved = self.resolve(schema)
        if name is not None and isinstance(resolved, dict) and self.properties(resolved):
            if name not in self.queue:
                self.queue.append(name)
            return f"{class_name(name)}Param"
        if isinstance(resolved, dict) and resolved.get("format") in ("date", "date-time"):
            return "str | datetime.date"
        return super().python_type(schema, models)


def _date_shapes(spec: ParamSpec, annotation: str, schema: Any) -> str:
    """A written date also takes what a read gives back (a string) and a `datetime.date`."""
    resolved = spec.resolve(schema)
    quirks = {q.get("id") for q in resolved.get("x-hrflow-quirks", []) if isinstance(q, dict)}
    if "date-objects-on-write" in quirks and not spec.properties(resolved):
        return f"{annotation} | str | datetime.date"
    return annotation


def render(document: dict[str, Any], roots: list[str]) -> str:
    """The module for the write shapes named `roots` and everything they refer to."""
    spec = ParamSpec(document)
    spec.queue = list(roots)
    classes: list[str] = []
    index = 0
    while index < len(spec.queue):
        name = spec.queue[index]
        index += 1
        schema = spec.target(f"#/components/schemas/{name}")
        required = set(spec.required(schema))
        description = " ".join(str(spec.resolve(schema).get("description", name)).split())
        first = re.split(r"(?<=[.])\s", description)[0].rstrip(".").replace('"', "'")
        lines = [f"class {class_name(name)}Param(TypedDict, total=False):"]
        lines.append(f'    """{first}."""')
        lines.append("")
        properties = spec.properties(schema)
        for prop, sub in properties.items():
            annotation = _date_shapes(spec, spec.python_type(sub, set()), sub)
            if prop in required:
                annotation = f"Required[{annotation}]"
            if prop.isidentifier() and not re.match(r"^(class|def|from|import)$", prop):
                lines.append(f"    {prop}: {annotation}")
        if not properties:
            lines.append("    pass")
        classes.append("\n".join(lines))
    names = ", ".join(f'"{class_name(n)}Param"' for n in spec.queue)
    return HEADER.format(names=names) + "\n\n" + "\n\n\n".join(classes) + "\n"

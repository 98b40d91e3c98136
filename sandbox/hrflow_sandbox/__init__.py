"""hrflow-sandbox: a local, stateful stand-in for the HrFlow.ai indexing API.

```python
from hrflow_sandbox import sandbox

with sandbox() as base_url:  # http://127.0.0.1:<port>/v1
    ...
```
"""

from hrflow_sandbox.app import create_app
from hrflow_sandbox.config import SandboxConfig
from hrflow_sandbox.server import SandboxServer, sandbox

__all__ = ["SandboxConfig", "SandboxServer", "create_app", "sandbox"]

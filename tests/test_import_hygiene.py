"""The domain layer must never import Textual: checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys


def test_core_and_cli_do_not_import_textual() -> None:
    code = (
        "import sys, json, tui.core.loader, tui.core.export, tui.core.query, tui.core.model, tui.core.cache, tui.core.importer, tui.cli\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == []

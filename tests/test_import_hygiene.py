"""The domain layer must never import Textual: checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

CODE = """
import importlib, json, pkgutil, sys
import tui.core
names = [m.name for m in pkgutil.walk_packages(tui.core.__path__, "tui.core.")] + ["tui.cli"]
for name in names:
    importlib.import_module(name)
ui = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
print(json.dumps({"imported": names, "ui": ui}))
"""


def test_core_and_cli_do_not_import_textual() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    # every module of the domain layer, the new ones included
    assert {"tui.core.index", "tui.core.library", "tui.core.rows", "tui.core.watch", "tui.cli"} <= set(
        result["imported"]
    )
    assert result["ui"] == []

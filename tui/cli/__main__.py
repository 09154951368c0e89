"""``python -m tui.cli`` runs the ``briefing`` command."""

from tui.cli.main import main

raise SystemExit(main())

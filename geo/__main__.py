"""``python -m geo`` does what the ``geo`` command does."""

from geo.cli import main

raise SystemExit(main())

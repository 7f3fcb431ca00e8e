"""Allow `python -m careers_cli`."""

from careers_cli.entry import main

main()

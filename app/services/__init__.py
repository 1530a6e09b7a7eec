"""Services: the operations the CLI and the GUI run, one unit of work each."""

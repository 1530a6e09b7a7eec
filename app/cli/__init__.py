"""The ``prorata`` command line: everything the GUI does, for scripts and cron."""

"""Entry point of the packaged application: the same as the ``prorata`` command."""
import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())

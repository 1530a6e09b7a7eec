"""A ``prorata`` command run in a process of its own, let go at the same moment as its rivals (race tests).

``python -c RACER READY GO ARGV_JSON``: writes READY once started, waits for GO to exist, runs ``prorata ARGV``
and prints one JSON line: its exit status, what it printed and what it said on stderr (a traceback: status 99).
"""

RACER = r"""
import contextlib, io, json, os, sys, time, traceback
from app.cli.main import main
ready, go, argv = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
open(ready, "w").close()
while not os.path.exists(go):
    time.sleep(0.001)
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    try:
        rc = main(argv)
    except SystemExit as exc:
        rc = exc.code
    except BaseException:
        traceback.print_exc(file=err)
        rc = 99
print(json.dumps({"rc": rc, "out": out.getvalue(), "err": err.getvalue()}), flush=True)
"""

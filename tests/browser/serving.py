"""`tripwright serve` for the browser tests: started on a free loopback port, waited for, stopped."""
import socket
import subprocess
import time
import urllib.request

import pytest


def free_port():
    """A TCP port on 127.0.0.1 nobody listens on at the moment of asking."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`BINARY serve --db DB --host 127.0.0.1 --port PORT EXTRA…`, its output appended to
    FOLDER/server.log. `start()` returns once /healthz answers (10 s at most; otherwise the test
    fails with the log); `stop()` ends the process. Both may be called again (the offline test
    stops the server to take the network away)."""

    def __init__(self, binary, db, folder, *extra):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.command = [str(binary), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(self.port), *extra]
        self.log_path = folder / "server.log"
        self.proc = None
        self.log = None

    def start(self):
        self.log = open(self.log_path, "a")
        self.proc = subprocess.Popen(self.command, stdout=self.log, stderr=subprocess.STDOUT)
        for _ in range(100):
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=1)
                return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        pytest.fail("server did not start: " + self.log_path.read_text())

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.log.close()

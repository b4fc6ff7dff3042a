"""A minimal language-server client: JSON-RPC over stdio, Content-Length framing.

Python stdlib only. One reader thread parses the server's messages: responses
wake the request that waits for them, the server's own requests are answered
at once (rust-analyzer asks to create progress tokens and to register
capabilities, and waits for the answer), notifications are recorded
(`publishDiagnostics` per URI, `experimental/serverStatus`, `$/progress`).
"""

import json
import subprocess
import threading
import time

# LSP error codes after which the same request is worth sending again.
CONTENT_MODIFIED = -32801
SERVER_CANCELLED = -32802
REQUEST_CANCELLED = -32800
RETRYABLE = {CONTENT_MODIFIED, SERVER_CANCELLED, REQUEST_CANCELLED}


class LspError(Exception):
    def __init__(self, method, error):
        super().__init__(f"{method}: {error.get('code')} {error.get('message')}")
        self.code = error.get("code")


class Client:
    def __init__(self, argv, cwd, stderr_path, env=None, settings=None):
        self.settings = settings    # answers workspace/configuration
        self._stderr = open(stderr_path, "wb")
        self.proc = subprocess.Popen(
            argv, cwd=cwd, env=env, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=self._stderr)
        self._lock = threading.Condition()
        self._write_lock = threading.Lock()
        self._next_id = 0
        self._responses = {}
        self.diagnostics = {}       # uri -> list of diagnostics (last push)
        self.status = None          # last experimental/serverStatus params
        self.progress = {}          # token -> title, while a progress runs
        self.progress_log = []      # (seconds since start, kind, title)
        self.messages = []          # window/showMessage and logMessage texts
        self.started = time.monotonic()
        self.closed = False
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    # -- framing ----------------------------------------------------------

    def _send(self, msg):
        body = json.dumps(msg).encode()
        with self._write_lock:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()

    def _read_message(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                return None
            line = line.strip()
            if not line:
                break
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        return json.loads(self.proc.stdout.read(length))

    def _read_loop(self):
        while True:
            msg = self._read_message()
            if msg is None:
                break
            if "id" in msg and "method" not in msg:
                with self._lock:
                    self._responses[msg["id"]] = msg
                    self._lock.notify_all()
            elif "method" in msg and "id" in msg:
                self._answer_server_request(msg)
            else:
                self._on_notification(msg["method"], msg.get("params") or {})
        with self._lock:
            self.closed = True
            self._lock.notify_all()

    def _answer_server_request(self, msg):
        result = None
        if msg["method"] == "workspace/configuration":
            result = [self.settings for _ in msg["params"].get("items", [])]
        self._send({"jsonrpc": "2.0", "id": msg["id"], "result": result})

    def _on_notification(self, method, params):
        with self._lock:
            now = round(time.monotonic() - self.started, 1)
            if method == "textDocument/publishDiagnostics":
                self.diagnostics[params["uri"]] = params.get("diagnostics", [])
            elif method == "experimental/serverStatus":
                self.status = params
                self.progress_log.append((now, "status", json.dumps(params)))
            elif method == "$/progress":
                token, value = params.get("token"), params.get("value", {})
                if value.get("kind") == "begin":
                    self.progress[token] = value.get("title", str(token))
                    self.progress_log.append((now, "begin", self.progress[token]))
                elif value.get("kind") == "end":
                    title = self.progress.pop(token, str(token))
                    self.progress_log.append((now, "end", title))
            elif method in ("window/showMessage", "window/logMessage"):
                self.messages.append(params.get("message", ""))
            self._lock.notify_all()

    # -- requests -----------------------------------------------------------

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout=120):
        with self._lock:
            self._next_id += 1
            rid = self._next_id
        self._send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        with self._lock:
            while rid not in self._responses:
                left = deadline - time.monotonic()
                if self.closed or left <= 0:
                    raise TimeoutError(f"{method}: no answer in {timeout}s")
                self._lock.wait(left)
            msg = self._responses.pop(rid)
        if "error" in msg:
            raise LspError(method, msg["error"])
        return msg.get("result")

    def request_retrying(self, method, params, attempts=20, pause=0.25):
        """Send again while the server answers 'content modified' or 'cancelled'."""
        for attempt in range(attempts):
            try:
                return self.request(method, params)
            except LspError as err:
                if err.code not in RETRYABLE or attempt == attempts - 1:
                    raise
                time.sleep(pause)
        return None

    def wait_until(self, predicate, timeout):
        """Wait until predicate(self) holds (checked at every message)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while not predicate(self):
                left = deadline - time.monotonic()
                if self.closed or left <= 0:
                    return False
                self._lock.wait(min(left, 1.0))
            return True

    def shutdown(self):
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:  # the server is gone or stuck: end our own child
            self.proc.kill()
            self.proc.wait()
        finally:
            self._stderr.close()

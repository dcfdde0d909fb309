#!/usr/bin/env python3
"""A scripted OpenAI-compatible Chat Completions server for tests (stdlib only).

In-process, from a test::

    from fakes.fake_openai import Script, serve

    with serve(Script(sql="SELECT 1 AS x", answer="One.", fail_first=1, status=429)) as fake:
        engine = OpenAIEngine(Settings(provider="openai", base_url=fake.base_url, api_key="k"))
        ...
        assert fake.requests[0]["body"]["messages"][0]["role"] == "system"

As a process (the browser test starts it this way)::

    python tests/fakes/fake_openai.py --portfile F [--sql SQL] [--answer TEXT] [--delay S]
        [--fail-first N] [--status 500|429|401] [--retry-after S] [--stream-status 500]
        [--stall S] [--drop-after K] [--malformed] [--hang S] [--empty-chunks] [--no-chunked]
        [--log requests.jsonl] [--lifetime S]

Which request is which: querychat's answer request carries "SQL that ran" (see
``querychat/engines/prompts.py``); for other clients, a last message that mentions ``MARKER`` (the
alias in the default SQL) counts as an answer request too, as the contract checks' fake does. Any
other request asks for SQL, and gets the scripted SQL in a ```sql block. Answers stream word by word.

Fault modes (answer streams unless said otherwise):
  fail_first N + status   the first N requests of any kind get ``status`` (429 carries Retry-After)
  stream_status           every *streaming* request gets this status: the stream cannot start,
                          while a plain (non-streaming) request still works
  stall S                 the stream stalls S seconds after its first content chunk
  drop_after K            the connection closes after K content chunks, with no finish and no [DONE]
  malformed               one chunk of invalid JSON at chunk ``malformed_at``
  hang S                  every request waits S seconds before any byte of the response
  empty_chunks            chunks with ``"choices": []`` (keep-alive first, usage last) are mixed in
  chunked=False           stream with ``Connection: close`` and no length instead of chunked encoding
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MARKER = "fake_total_marker"
DEFAULT_SQL = f"SELECT COUNT(*) AS {MARKER} FROM penguins"
DEFAULT_ANSWER = "There are 344 penguins in the table according to the fake model."
ANSWER_HINTS = ("SQL that ran",)


@dataclass
class Script:
    """What the server answers, and how it misbehaves. Tests may change it while the server runs."""

    sql: str = DEFAULT_SQL
    answer: str = DEFAULT_ANSWER
    delay: float = 0.0
    fail_first: int = 0
    status: int = 500
    retry_after: float | None = 1.0
    stream_status: int | None = None
    stall: float = 0.0
    drop_after: int | None = None
    malformed: bool = False
    malformed_at: int = 2
    hang: float = 0.0
    empty_chunks: bool = False
    chunked: bool = True
    model: str = "fake-model"


@dataclass
class FakeOpenAI:
    """A running server: its ``base_url`` (ending in /v1) and every request it received, in order."""

    base_url: str
    script: Script
    requests: list[dict[str, Any]] = field(default_factory=list)

    @property
    def bodies(self) -> list[dict[str, Any]]:
        return [r["body"] for r in self.requests]

    def of_kind(self, kind: str) -> list[dict[str, Any]]:
        """Requests of one kind: "sql" or "answer"."""
        return [r for r in self.requests if r["kind"] == kind]


def is_answer_request(messages: Any) -> bool:
    if not isinstance(messages, list) or not messages:
        return False
    last = messages[-1].get("content") if isinstance(messages[-1], dict) else None
    text = last if isinstance(last, str) else json.dumps(last)
    return any(hint in text for hint in ANSWER_HINTS) or MARKER in text


def words_of(text: str) -> list[str]:
    """Word-sized pieces whose concatenation is exactly ``text``."""
    parts = text.split(" ")
    return [p + " " for p in parts[:-1]] + [parts[-1]] if parts else []


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, script: Script, log_path: str | None = None, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.script = script
        self.log_path = log_path
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()

    def record(self, entry: dict[str, Any]) -> int:
        with self.lock:
            self.requests.append(entry)
            entry["n"] = len(self.requests)
            if self.log_path:
                with open(self.log_path, "a") as f:
                    f.write(json.dumps(entry) + "\n")
            return entry["n"]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    # -- plumbing --------------------------------------------------------------------------------
    def _send_json(self, code: int, obj: Any, extra: dict[str, str] | None = None) -> None:
        body = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def _write(self, data: bytes, chunked: bool) -> None:
        if chunked:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        else:
            self.wfile.write(data)
        self.wfile.flush()

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self.server.stopping.wait(seconds)

    # -- endpoints -------------------------------------------------------------------------------
    def do_GET(self) -> None:
        self._send_json(200, {"object": "list", "data": [{"id": self.server.script.model, "object": "model"}]})

    def do_POST(self) -> None:
        script = self.server.script
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
        try:
            req = json.loads(raw)
        except ValueError:
            req = {"unparsed": raw.decode("utf-8", "replace")}
        answering = is_answer_request(req.get("messages"))
        stream = bool(req.get("stream"))
        n = self.server.record(
            {
                "path": self.path,
                "kind": "answer" if answering else "sql",
                "stream": stream,
                "t": time.monotonic(),
                "retry_count": self.headers.get("x-stainless-retry-count"),
                "authorization": self.headers.get("Authorization", ""),
                "body": req,
            }
        )
        self._wait(script.hang)
        if n <= script.fail_first or (stream and script.stream_status):
            code = script.status if n <= script.fail_first else int(script.stream_status or 500)
            extra = {"Retry-After": f"{script.retry_after:g}"} if code == 429 and script.retry_after is not None else {}
            kind = {401: "invalid_request_error", 429: "rate_limit_exceeded"}.get(code, "server_error")
            message = "Incorrect API key provided." if code == 401 else f"scripted failure {code}"
            self._send_json(code, {"error": {"message": message, "type": kind, "code": kind}}, extra)
            return
        content = script.answer if answering else f"```sql\n{script.sql}\n```"
        if not stream:
            self._send_json(
                200,
                {
                    "id": f"chatcmpl-fake-{n}",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": req.get("model", script.model),
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": len(words_of(content)), "total_tokens": 2},
                },
            )
            return
        self._stream(req, content, answering, n)

    def _stream(self, req: dict[str, Any], content: str, answering: bool, n: int) -> None:
        script = self.server.script
        chunked = script.chunked
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()

        def event(delta: dict[str, Any] | None, finish: str | None = None, usage: bool = False) -> bytes:
            obj: dict[str, Any] = {
                "id": f"chatcmpl-fake-{n}",
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": req.get("model", script.model),
                "choices": [] if delta is None else [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
            if usage:
                obj["usage"] = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
            return f"data: {json.dumps(obj)}\n\n".encode()

        faulty = answering  # stream faults hit answer streams; SQL streams (if any) stay clean
        try:
            if script.empty_chunks:
                self._write(event(None), chunked)
            self._write(event({"role": "assistant", "content": ""}), chunked)
            for i, word in enumerate(words_of(content)):
                if faulty and script.drop_after is not None and i >= script.drop_after:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if faulty and script.malformed and i == script.malformed_at:
                    self._write(b'data: {"id": "broken", "choices": [{"delta": {"content": "oops\n\n', chunked)
                if faulty and script.empty_chunks and i == 1:
                    self._write(event(None), chunked)
                self._write(event({"content": word}), chunked)
                if faulty and script.stall and i == 0:
                    self._wait(script.stall)
                self._wait(script.delay)
            self._write(event({}, "stop"), chunked)
            if script.empty_chunks:
                self._write(event(None, usage=True), chunked)
            self._write(b"data: [DONE]\n\n", chunked)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()
        except OSError:  # the client went away (timeouts, closed streams): nothing left to do
            self.close_connection = True


@contextmanager
def serve(script: Script | None = None, log_path: str | None = None, **changes: Any) -> Iterator[FakeOpenAI]:
    """Run the server in a thread for the duration of the block; ``changes`` override ``script`` fields."""
    script = script or Script()
    for key, value in changes.items():
        setattr(script, key, value)
    server = _Server(script, log_path)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    fake = FakeOpenAI(f"http://127.0.0.1:{server.server_address[1]}/v1", script, server.requests)
    try:
        yield fake
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--port", type=int, default=0, help="0 picks a free port (see --portfile)")
    ap.add_argument("--portfile", help="write the port here once listening")
    ap.add_argument("--log", help="append every request as one JSON line")
    ap.add_argument("--sql", default=DEFAULT_SQL)
    ap.add_argument("--answer", default=DEFAULT_ANSWER)
    ap.add_argument("--delay", type=float, default=0.0, help="seconds between streamed chunks")
    ap.add_argument("--fail-first", type=int, default=0)
    ap.add_argument("--status", type=int, default=500)
    ap.add_argument("--retry-after", type=float, default=1.0)
    ap.add_argument("--stream-status", type=int)
    ap.add_argument("--stall", type=float, default=0.0)
    ap.add_argument("--drop-after", type=int)
    ap.add_argument("--malformed", action="store_true")
    ap.add_argument("--hang", type=float, default=0.0)
    ap.add_argument("--empty-chunks", action="store_true")
    ap.add_argument("--no-chunked", dest="chunked", action="store_false")
    ap.add_argument("--lifetime", type=float, default=600.0, help="exit after this many seconds")
    args = ap.parse_args(argv)
    script = Script(
        sql=args.sql,
        answer=args.answer,
        delay=args.delay,
        fail_first=args.fail_first,
        status=args.status,
        retry_after=args.retry_after,
        stream_status=args.stream_status,
        stall=args.stall,
        drop_after=args.drop_after,
        malformed=args.malformed,
        hang=args.hang,
        empty_chunks=args.empty_chunks,
        chunked=args.chunked,
    )
    server = _Server(script, args.log, args.port)
    if args.portfile:
        tmp = f"{args.portfile}.tmp"
        with open(tmp, "w") as f:
            f.write(str(server.server_address[1]))
        os.replace(tmp, args.portfile)
    threading.Timer(args.lifetime, server.shutdown).start()
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass
    finally:
        server.stopping.set()
        server.server_close()


if __name__ == "__main__":
    main()

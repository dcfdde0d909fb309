"""A tiny OpenAI-compatible Chat Completions server at zero latency, for benchmarks only.

Non-streaming requests get a SQL block (the SQL request of the pipeline); streaming requests get
``tokens`` content chunks as SSE ``data:`` lines, then ``[DONE]``. Nothing sleeps.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FakeOpenAI:
    def __init__(self, sql: str = "SELECT 1 AS one", tokens: int = 50) -> None:
        self.sql = sql
        self.tokens = tokens
        self.requests = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                fake.requests += 1
                if body.get("stream"):
                    self._stream(body)
                else:
                    self._json(body)

            def _json(self, body: dict[str, Any]) -> None:
                out = json.dumps(
                    {
                        "id": "chatcmpl-bench",
                        "object": "chat.completion",
                        "created": 0,
                        "model": body.get("model", "bench"),
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": f"```sql\n{fake.sql}\n```"},
                                "finish_reason": "stop",
                            }
                        ],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    }
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

            def _stream(self, body: dict[str, Any]) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                model = body.get("model", "bench")

                def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
                    data = {
                        "id": "chatcmpl-bench",
                        "object": "chat.completion.chunk",
                        "created": 0,
                        "model": model,
                        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                    }
                    return b"data: " + json.dumps(data).encode() + b"\n\n"

                self.wfile.write(chunk({"role": "assistant", "content": ""}))
                self.wfile.flush()
                for i in range(fake.tokens):
                    self.wfile.write(chunk({"content": f"tok{i} "}))
                    self.wfile.flush()
                self.wfile.write(chunk({}, "stop"))
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
                self.close_connection = True

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

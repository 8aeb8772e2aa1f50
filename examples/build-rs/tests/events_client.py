"""Reads the streamed run of the build.rs example with httpx-sse, printing
each event as it arrives: a JSON line with its name, id, data and the time
it arrived (milliseconds since the epoch)."""

import json
import sys
import time

import httpx
from httpx_sse import connect_sse

base = sys.argv[1]
body = {
    "agent_id": "11111111-1111-1111-1111-111111111111",
    "input": {"messages": [{"role": "user", "content": "summarize agent memory"}]},
    "stream_mode": ["updates"],
}
with httpx.Client(timeout=10) as client:
    with connect_sse(client, "POST", f"{base}/threads/thread-7/runs/stream", json=body, headers={"X-Api-Key": "key"}) as source:
        source.response.raise_for_status()
        for event in source.iter_sse():
            arrived = int(time.time() * 1000)
            print(json.dumps({"event": event.event, "id": event.id, "data": event.data, "arrived": arrived}), flush=True)

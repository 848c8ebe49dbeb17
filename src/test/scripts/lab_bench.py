#!/usr/bin/env python3
"""Lab benchmarks against a running PruneLab (stdlib only).

  python3 src/test/scripts/lab_bench.py [BASE_URL]          (default http://localhost:8080)

Measures, with fresh seeds so nothing is served from the result cache:
  1. the default preset (magnitude-vs-random) end to end: POST, then GET until done; cold (first) and warm runs;
  2. first progress event latency: POST, open the SSE stream, time until the first "running" event;
  3. lesson-page latency at 64 connections (wrk, Debian: apt-get install wrk), first with the lab idle (this also
     warms the JIT), then while the lab workers are saturated: the queue is kept full of slow experiments, which
     are cancelled afterwards.
Start the app for it with a high anonymous allowance, e.g.
  java -Dprunelab.lab.anonymous-runs=100000 -jar target/quarkus-app/quarkus-run.jar
"""
import http.client
import json
import random
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
COOKIES = {}  # the guest cookie the first experiment sets: every later call is the same visitor


def cookie_header():
    return "; ".join("%s=%s" % item for item in COOKIES.items())


def remember(headers):
    for value in headers.get_all("Set-Cookie") or []:
        name, rest = value.split("=", 1)
        COOKIES[name] = rest.split(";", 1)[0]


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method, headers={
        "Content-Type": "application/json", "Accept": "application/json", "Cookie": cookie_header()})
    try:
        with urllib.request.urlopen(request) as response:
            remember(response.headers)
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def seed():
    return random.randint(1_000_000, 2_000_000_000)


def wait_done(experiment_id):
    while True:
        status, body = call("GET", "/api/experiments/%d" % experiment_id)
        if body["status"] not in ("queued", "running"):
            return body
        time.sleep(0.01)


def end_to_end(runs=6):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        status, body = call("POST", "/api/experiments", {"preset": "magnitude-vs-random", "seed": seed()})
        done = wait_done(body["id"])
        times.append((time.perf_counter() - start) * 1000)
        assert done["status"] == "done", done
    print("default preset end to end (ms): first %.0f, then %s; median of warm runs %.0f"
          % (times[0], ", ".join("%.0f" % t for t in times[1:]), statistics.median(times[1:])))


def first_event(runs=5):
    url = urllib.parse.urlparse(BASE)
    latencies = []
    for _ in range(runs):
        start = time.perf_counter()
        status, body = call("POST", "/api/experiments", {"preset": "magnitude-vs-random", "seed": seed()})
        connection = http.client.HTTPConnection(url.hostname, url.port or 80)
        connection.request("GET", "/api/experiments/%d/events" % body["id"], headers={"Cookie": cookie_header(),
                                                                                      "Accept": "text/event-stream"})
        response = connection.getresponse()
        first = None
        while True:
            line = response.fp.readline().decode()
            if not line:
                break
            if first is None and (line.startswith("event:running") or line.startswith("event: running")):
                first = (time.perf_counter() - start) * 1000
            if line.startswith("event:done") or line.startswith("event: done"):
                break
        connection.close()
        latencies.append(first)
        wait_done(body["id"])
    print("first 'running' progress event after submit (ms): %s" % ", ".join("%.0f" % t for t in latencies))


def lesson_under_load(path="/learn/magnitude-pruning", seconds=30):
    if not shutil.which("wrk"):
        print("wrk not installed (apt-get install wrk): skipping the load test")
        return
    def wrk(duration):
        # One wrk thread: on a 2-core machine the load generator shares the CPU with the server and the lab worker.
        return subprocess.run(["wrk", "-t1", "-c64", "-d%ds" % duration, "--latency", BASE + path],
                              capture_output=True, text=True).stdout

    print("lesson page, lab idle (also warms the JIT):\n" + wrk(15))
    slow = {"dataset": "mnist10k", "rows": 10000, "hidden": [512, 512], "epochs": 30}
    started = []
    for _ in range(9):
        status, body = call("POST", "/api/experiments", dict(slow, seed=seed()))
        if status != 201:
            break
        started.append(body["id"])
    print("saturating the lab with %d slow experiments (1 running per worker, the rest queued)" % len(started))
    time.sleep(2)
    try:
        status, running = call("GET", "/api/experiments")
        print("lesson page, lab saturated (%d running, %d queued):\n" % (
            sum(e["status"] == "running" for e in running), sum(e["status"] == "queued" for e in running)) + wrk(seconds))
    finally:
        for experiment_id in started:
            call("DELETE", "/api/experiments/%d" % experiment_id)


if __name__ == "__main__":
    end_to_end()
    first_event()
    lesson_under_load()

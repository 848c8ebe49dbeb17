#!/usr/bin/env python3
"""Mixed load scenario against a running PruneLab (stdlib + Debian's wrk).

  python3 src/test/scripts/load_mixed.py [BASE_URL] [SECONDS]     (defaults http://localhost:8080, 60)

What it does, at the same time, for SECONDS seconds:
  * page views: wrk with 48 connections over lesson pages, the learning path, the question card, the lab page and
    search;
  * API calls: wrk with 16 connections over GET /api/lessons, /api/lessons/{id}, /api/lab/presets, /api/questions;
  * experiment submissions: the default preset is submitted in bursts of 50 concurrent POST /api/experiments (fresh
    seeds, so nothing comes from the result cache) at 10 s and again at SECONDS/2; every answer must be 201 (queued or
    running) or 429 (queue full, with Retry-After). Accepted experiments are left to run, so the lab workers stay
    saturated while pages are measured.
64 connections in all. It prints throughput, p50/p99 and errors per wrk group, the burst results, and the server's
resident memory (VmRSS of the process listening on the port, from /proc) before, every 10 s, and after.
Exits non-zero when a request got a 5xx or a connection error, or when a submission got anything but 201/429.

Start the app for it with a high anonymous allowance (the lab limits anonymous visitors per address), e.g.
  java -Dprunelab.lab.anonymous-runs=100000 -jar target/quarkus-app/quarkus-run.jar
"""
import concurrent.futures
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
SECONDS = int(sys.argv[2]) if len(sys.argv) > 2 else 60
LESSONS = ["what-is-pruning", "magnitude-pruning", "structured-pruning", "schedules", "lottery-ticket",
           "llm-pruning", "decision-trees", "pitfalls", "deployment", "playbook"]
PAGES = (["/learn/" + lesson for lesson in LESSONS] + ["/learn", "/", "/lab", "/search?q=lottery+ticket"]
         + ["/learn/" + lesson for lesson in LESSONS] + ["/learn", "/search?q=structured+pruning", "/search?q=Magnitude"])
APIS = ["/api/lessons", "/api/lab/presets", "/api/questions"] + ["/api/lessons/" + lesson for lesson in LESSONS[:4]]

WRK_SCRIPT = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%.1f %%.2f %%.2f %%.2f %%d %%d %%d %%d\\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.status, e.timeout, summary.bytes))
end
"""


def server_pid():
    port = BASE.rsplit(":", 1)[-1].split("/")[0]
    out = subprocess.run(["ss", "-ltnpH", "sport = :" + port], capture_output=True, text=True).stdout
    match = re.search(r"pid=(\d+)", out)
    return int(match.group(1)) if match else None


def rss_mb(pid):
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, TypeError):
        return float("nan")
    return float("nan")


def run_wrk(name, paths, connections, results):
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    script.write(WRK_SCRIPT % ", ".join('"%s"' % p for p in paths))
    script.close()
    out = subprocess.run(["wrk", "-t1", "-c%d" % connections, "-d%ds" % SECONDS, "--timeout", "5s", "-s", script.name,
                          BASE], capture_output=True, text=True).stdout
    os.unlink(script.name)
    line = next((l for l in out.splitlines() if l.startswith("RESULT")), None)
    if line is None:
        results[name] = None
        print(out)
        return
    requests, rate, p50, p99, worst, socket_errors, non_2xx, timeouts, size = line.split()[1:]
    results[name] = dict(requests=int(requests), rate=float(rate), p50=float(p50), p99=float(p99), max=float(worst),
                         socket_errors=int(socket_errors), non_2xx=int(non_2xx), timeouts=int(timeouts))


def submit(_):
    body = json.dumps({"preset": "magnitude-vs-random", "seed": random.randint(1_000_000, 2_000_000_000)}).encode()
    request = urllib.request.Request(BASE + "/api/experiments", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, None
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Retry-After")
    except OSError as e:
        return "error: %s" % e, None


def burst(label, bursts):
    with concurrent.futures.ThreadPoolExecutor(50) as pool:
        answers = list(pool.map(submit, range(50)))
    codes = {}
    for code, _ in answers:
        codes[code] = codes.get(code, 0) + 1
    retry_after = all(retry is not None for code, retry in answers if code == 429)
    bursts.append((label, codes, retry_after))


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install wrk)")
    pid = server_pid()
    print("server pid %s, RSS before: %.0f MB" % (pid, rss_mb(pid)))
    results, bursts, memory = {}, [], []
    groups = [threading.Thread(target=run_wrk, args=("pages", PAGES, 48, results)),
              threading.Thread(target=run_wrk, args=("api", APIS, 16, results))]
    start = time.time()
    for group in groups:
        group.start()
    burst_times = [10, SECONDS / 2]
    burst_threads = []
    while any(group.is_alive() for group in groups):
        elapsed = time.time() - start
        if burst_times and elapsed >= burst_times[0]:
            burst_times.pop(0)
            burst_threads.append(threading.Thread(target=burst, args=("at %.0f s" % elapsed, bursts)))
            burst_threads[-1].start()
        if not memory or elapsed - memory[-1][0] >= 10:
            memory.append((elapsed, rss_mb(pid)))
        time.sleep(0.2)
    for thread in burst_threads:
        thread.join()
    time.sleep(1)
    print("RSS during the run (MB): " + ", ".join("%.0f s: %.0f" % m for m in memory))
    print("RSS after: %.0f MB" % rss_mb(pid))
    failed = False
    for name in ("pages", "api"):
        r = results.get(name)
        if r is None:
            print("%s: wrk printed no result" % name)
            failed = True
            continue
        print("%-5s %7d requests, %7.1f req/s, p50 %6.2f ms, p99 %6.2f ms, max %7.2f ms, non-2xx %d, socket errors %d"
              % (name, r["requests"], r["rate"], r["p50"], r["p99"], r["max"], r["non_2xx"], r["socket_errors"]))
        failed |= r["non_2xx"] > 0 or r["socket_errors"] > 0
    for label, codes, retry_after in bursts:
        print("50 concurrent submissions %s: %s%s" % (label, ", ".join("%s: %d" % kv for kv in sorted(codes.items(),
              key=str)), "" if retry_after else " (a 429 lacked Retry-After!)"))
        failed |= any(code not in (201, 429) for code in codes) or not retry_after
    print("FAIL" if failed else "PASS")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

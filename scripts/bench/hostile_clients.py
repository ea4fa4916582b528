#!/usr/bin/env python3
"""Hostile clients against a running portscope-serve (loopback only); prints JSON.

Phase 1, half headers: opens --half connections that each send half a request head and then
nothing, while scraping /metrics on fresh connections every 0.25 s. Reports how many scrapes
were answered and how fast, the server's CPU use during the flood, and how many of the
half-open connections the server still holds after --header-timeout.

Phase 2, concurrent API calls: starts a process with a --cmdline-kb KiB command line that
holds a listener, then sends --api concurrent GET /api/v1/sockets?all requests. Reports how
many were answered, the slowest, the wall time, and the server's peak and final RSS.
"""
import argparse, json, os, socket, subprocess, sys, threading, time


def rss(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return {"rss_kib": int(fields["VmRSS"].split()[0]), "peak_kib": int(fields["VmHWM"].split()[0])}


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def get(port, path, timeout=10.0):
    started = time.monotonic()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as conn:
            conn.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            data = b""
            while True:
                chunk = conn.recv(1 << 20)
                if not chunk:
                    break
                data += chunk
        status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else 0
        return status, time.monotonic() - started, len(data)
    except OSError:
        return 0, time.monotonic() - started, 0


def established(port):
    out = subprocess.run(["ss", "-Htn", "state", "established", f"( sport = :{port} )"], capture_output=True, text=True).stdout
    return len([line for line in out.splitlines() if line.strip()])


def half_headers(args):
    results = {"half_connections": args.half}
    attackers, refused = [], 0
    cpu_before, wall_before = cpu_seconds(args.pid), time.monotonic()
    scrapes = []
    stop = threading.Event()

    def scraper():
        while not stop.is_set():
            scrapes.append(get(args.port, "/metrics"))
            time.sleep(0.25)

    thread = threading.Thread(target=scraper)
    thread.start()
    for _ in range(args.half):
        try:
            conn = socket.create_connection(("127.0.0.1", args.port), timeout=2)
            conn.sendall(b"GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            attackers.append(conn)
        except OSError:
            refused += 1
    time.sleep(args.header_timeout + 1.5)
    stop.set()
    thread.join()
    cpu_after, wall_after = cpu_seconds(args.pid), time.monotonic()
    answered = [s for s in scrapes if s[0] == 200]
    results.update({
        "connect_failures": refused,
        "scrapes": len(scrapes), "scrapes_answered": len(answered),
        "scrape_max_seconds": round(max((s[1] for s in answered), default=0), 3),
        "server_cpu_percent_during_flood": round(100 * (cpu_after - cpu_before) / (wall_after - wall_before), 1),
        "held_after_header_timeout": established(args.port),
    })
    for conn in attackers:
        conn.close()
    return results


def concurrent_api(args):
    holder = subprocess.Popen([sys.executable, "-c",
        "import socket,sys,time; s=socket.socket(); s.bind(('127.0.0.1',0)); s.listen(); print(s.getsockname()[1], flush=True); time.sleep(3600)",
        "x" * (args.cmdline_kb * 1024)], stdout=subprocess.PIPE, text=True)
    holder.stdout.readline()
    time.sleep(args.min_interval + 0.2)  # a fresh snapshot sees the holder
    before = rss(args.pid)
    results = [None] * args.api
    barrier = threading.Barrier(args.api)

    def worker(index):
        barrier.wait()
        results[index] = get(args.port, "/api/v1/sockets?all", timeout=120)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.api)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started
    after = rss(args.pid)
    holder.kill()
    answered = [r for r in results if r and r[0] == 200]
    return {
        "api_requests": args.api, "api_answered": len(answered),
        "api_wall_seconds": round(wall, 2),
        "api_slowest_seconds": round(max((r[1] for r in answered), default=0), 2),
        "api_answer_bytes": answered[0][2] if answered else 0,
        "cmdline_kib": args.cmdline_kb,
        "rss_before_mib": round(before["rss_kib"] / 1024, 1),
        "rss_after_mib": round(after["rss_kib"] / 1024, 1),
        "rss_peak_mib": round(after["peak_kib"] / 1024, 1),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--half", type=int, default=1100)
    parser.add_argument("--header-timeout", type=float, default=5)
    parser.add_argument("--api", type=int, default=1000)
    parser.add_argument("--cmdline-kb", type=int, default=100)
    parser.add_argument("--min-interval", type=float, default=1)
    args = parser.parse_args()
    report = half_headers(args)
    report.update(concurrent_api(args))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

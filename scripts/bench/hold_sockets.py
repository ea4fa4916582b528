#!/usr/bin/env python3
"""Holds many loopback sockets across several processes, for portscope's benchmarks.

    hold_sockets.py --conns 50000 --workers 8 --idle 50 --ready ready.json

Every connection has both ends in one worker process (client on an ephemeral port, accepted
side on a listening port), so N connections are 2N ESTABLISHED sockets; 20% go over ::1.
Each worker also holds extra idle listeners and bound UDP sockets; --idle processes hold no
sockets (a real host has many such PIDs). Two needles give questions with exactly one answer:

* the needle listener: an idle 127.0.0.1 listener owned by the LAST worker (highest pid,
  the worst case for a scan in pid order);
* the needle client: a connection from worker 0 to the needle listener whose local
  (ephemeral) port no other TCP socket uses.

The busy port (worker 0's first listener, --base + 1) has --per-port connections (or all of
worker 0's, when fewer): the case for questions about one port's many connections.

Only 127.0.0.1 and ::1 are used. Sockets close with RST (SO_LINGER 0), leaving no TIME_WAIT.
When ready, one JSON line goes to --ready (and stdout); then it waits for SIGTERM/SIGINT.
"""
import argparse, ctypes, json, os, resource, signal, socket, struct, sys, time

RST = struct.pack("ii", 1, 0)

def die_with_parent():
    ctypes.CDLL(None).prctl(1, ctypes.c_ulong(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG

def linger(s):
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, RST)
    return s

def listener(family, address, port=0, backlog=4096):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((address, port))
    s.listen(backlog)
    return linger(s)

def worker(index, args, ports, report, commands):
    """Opens this worker's share of sockets, reports, then serves commands from the parent."""
    die_with_parent()
    held = []
    share = args.conns // args.workers + (1 if index < args.conns % args.workers else 0)
    done = 0
    port_index = 0
    while done < share:
        batch = min(args.per_port, share - done)
        v6 = (port_index % 5 == 4)  # every 5th target port is ::1: 20% of connections
        family, address = (socket.AF_INET6, "::1") if v6 else (socket.AF_INET, "127.0.0.1")
        target = listener(family, address, ports.pop())
        held.append(target)
        port = target.getsockname()[1]
        for start in range(0, batch, 500):
            clients = []
            for _ in range(min(500, batch - start)):
                c = socket.socket(family, socket.SOCK_STREAM)
                linger(c)
                c.connect((address, port))
                clients.append(c)
            for _ in clients:
                conn, _ = target.accept()
                held.append(linger(conn))
            held += clients
        done += batch
        port_index += 1
    for i in range(args.listeners):
        held.append(listener(socket.AF_INET6 if i % 4 == 3 else socket.AF_INET, "::1" if i % 4 == 3 else "127.0.0.1", ports.pop(), 16))
    for i in range(args.udp):
        family, address = (socket.AF_INET6, "::1") if i % 4 == 3 else (socket.AF_INET, "127.0.0.1")
        u = socket.socket(family, socket.SOCK_DGRAM)
        u.bind((address, ports.pop()))
        held.append(u)
    needle = None
    if index == args.workers - 1:
        needle = listener(socket.AF_INET, "127.0.0.1", args.base, 16)
        held.append(needle)
    os.write(report, (json.dumps({"worker": index, "pid": os.getpid(), "sockets": len(held)}) + "\n").encode())
    # Commands: "needle <port> <busy ports…>" makes the needle client (worker 0 only).
    buffer = b""
    while True:
        chunk = os.read(commands, 1 << 20)
        if not chunk:
            os._exit(0)
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            words = line.split()
            if words and words[0] == b"needle":
                target = int(words[1])
                busy = set(int(w) for w in words[2:])
                # A port of the ephemeral range that no TCP socket uses, bound explicitly:
                # letting connect() choose could take many tries at 50,000 connections, and
                # every try would sit in the needle listener's small backlog.
                low, high = map(int, open("/proc/sys/net/ipv4/ip_local_port_range").read().split())
                for port in range((low + high) // 2, high + 1):
                    if port in busy:
                        continue
                    c = linger(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
                    try:
                        c.bind(("127.0.0.1", port))
                    except OSError:
                        c.close()
                        continue
                    c.connect(("127.0.0.1", target))
                    held.append(c)
                    break
                os.write(report, (json.dumps({"needle_client_port": port, "pid": os.getpid()}) + "\n").encode())

def local_ports():
    """Local ports of every TCP socket (from /proc/net)."""
    used = set()
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(name) as f:
            next(f)
            for line in f:
                used.add(int(line.split()[1].rsplit(":", 1)[1], 16))
    return used

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--conns", type=int, default=1000)
    p.add_argument("--workers", type=int, default=8)
    p.add_argument("--idle", type=int, default=50)
    p.add_argument("--listeners", type=int, default=25, help="extra idle listeners per worker")
    p.add_argument("--udp", type=int, default=12, help="bound UDP sockets per worker")
    p.add_argument("--per-port", type=int, default=2000, help="connections per target listener")
    p.add_argument("--base", type=int, default=20000, help="the needle listener's port; others follow")
    p.add_argument("--ready", required=True)
    args = p.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    need = 2 * args.conns // args.workers + 4096
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 1 << 20), need), max(hard, need)))
    start = time.time()
    # Fixed ports below the ephemeral range for every listener and UDP socket.
    per_worker = args.conns // args.per_port // args.workers + 2 + args.listeners + args.udp
    report_r, report_w = os.pipe()
    children, command_pipes = [], []
    for _ in range(args.idle):
        pid = os.fork()
        if pid == 0:
            die_with_parent()
            signal.pause()
            os._exit(0)
        children.append(pid)
    for index in range(args.workers):
        first = args.base + 1 + index * per_worker
        ports = list(range(first + per_worker - 1, first - 1, -1))
        command_r, command_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(report_r)
            os.close(command_w)
            worker(index, args, ports, report_w, command_r)
        os.close(command_r)
        children.append(pid)
        command_pipes.append(command_w)
    os.close(report_w)
    reader = os.fdopen(report_r)
    workers = [json.loads(reader.readline()) for _ in range(args.workers)]
    os.write(command_pipes[0], ("needle %d %s\n" % (args.base, " ".join(map(str, sorted(local_ports()))))).encode())
    needle = json.loads(reader.readline())
    workers.sort(key=lambda w: w["worker"])
    ready = {
        "conns": args.conns, "sockets": sum(w["sockets"] for w in workers) + 1,
        "workers": [w["pid"] for w in workers], "idle": args.idle,
        "listen_port": args.base, "listen_pid": workers[-1]["pid"],
        "ephemeral_port": needle["needle_client_port"], "ephemeral_pid": needle["pid"],
        "busy_port": args.base + 1, "busy_pid": workers[0]["pid"],
        "busy_connections": min(args.per_port, args.conns // args.workers + (1 if args.conns % args.workers else 0)),
        "setup_seconds": round(time.time() - start, 1),
    }
    with open(args.ready + ".tmp", "w") as f:
        json.dump(ready, f)
    os.rename(args.ready + ".tmp", args.ready)
    print(json.dumps(ready), flush=True)

    def stop(*_):
        for pid in children:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        sys.exit(0)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while True:
        signal.pause()

main()

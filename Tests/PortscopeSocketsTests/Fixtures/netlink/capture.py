#!/usr/bin/env python3
"""Captures real sock_diag dump replies for the decoder tests.

Run as: python3 capture.py   (Linux, any user; writes *.bin and expected.json here)

It opens known loopback sockets (a TCP listener, an accepted connection and its client,
an IPv6 listener on ::1, a dual-stack listener reached over IPv4, UDP sockets), asks the
kernel for TCP/UDP x IPv4/IPv6 dumps restricted to those ports with a bytecode filter, and
stores every recv() buffer as-is (netlink messages, host byte order) in <proto><family>.bin,
each buffer prefixed by its length as a 4-byte little-endian integer. expected.json lists
what the dumps must decode to. The fixtures were captured on Linux 6.18 (x86_64).
"""
import json, os, socket, struct

NETLINK_SOCK_DIAG, SOCK_DIAG_BY_FAMILY = 4, 20
NLM_F_REQUEST, NLM_F_DUMP, NLMSG_DONE = 1, 0x300, 3

def dump(family, proto, ports, seq):
    # One request per port, each filtered in the kernel by "sport == p or dport == p".
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_SOCK_DIAG)
    results = []
    for p in ports:
        prog = bytes([11, 8]) + struct.pack("=H", 12) + bytes([0, 0]) + struct.pack("=H", p) \
             + bytes([1, 4]) + struct.pack("=H", 12) \
             + bytes([12, 8]) + struct.pack("=H", 12) + bytes([0, 0]) + struct.pack("=H", p)
        attr = struct.pack("=HH", 4 + len(prog), 1) + prog
        req = struct.pack("=BBBBI", family, proto, 0, 0, 0xFFFFFFFF) + bytes(48)
        body = req + attr
        hdr = struct.pack("=IHHII", 16 + len(body), SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, seq, 0)
        s.send(hdr + body)
        while True:
            buf = s.recv(65536)
            results.append(buf)
            done = False
            off = 0
            while off + 16 <= len(buf):
                length, typ = struct.unpack_from("=IH", buf, off)
                if typ == NLMSG_DONE:
                    done = True
                off += (length + 3) & ~3
            if done:
                break
        seq += 1
    s.close()
    return results

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    keep = []
    expected = []
    def ino(sock): return os.fstat(sock.fileno()).st_ino
    # TCP over IPv4: listener, client, accepted connection
    lis = socket.socket(); lis.bind(("127.0.0.1", 0)); lis.listen(); keep.append(lis)
    cli = socket.create_connection(lis.getsockname()); keep.append(cli)
    srv, _ = lis.accept(); keep.append(srv)
    lp = lis.getsockname()[1]; cp = cli.getsockname()[1]
    expected += [
        {"dump": "tcp4", "local": f"127.0.0.1:{lp}", "remote": None, "state": "LISTEN", "inode": ino(lis)},
        {"dump": "tcp4", "local": f"127.0.0.1:{cp}", "remote": f"127.0.0.1:{lp}", "state": "ESTABLISHED", "inode": ino(cli)},
        {"dump": "tcp4", "local": f"127.0.0.1:{lp}", "remote": f"127.0.0.1:{cp}", "state": "ESTABLISHED", "inode": ino(srv)},
    ]
    # TCP over IPv6: ::1 listener, and a dual-stack listener reached over IPv4 (v4-mapped)
    l6 = socket.socket(socket.AF_INET6); l6.bind(("::1", 0)); l6.listen(); keep.append(l6)
    ds = socket.socket(socket.AF_INET6); ds.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
    ds.bind(("::", 0)); ds.listen(); keep.append(ds)
    dsc = socket.create_connection(("127.0.0.1", ds.getsockname()[1])); keep.append(dsc)
    dss, _ = ds.accept(); keep.append(dss)
    p6 = l6.getsockname()[1]; pds = ds.getsockname()[1]; pdc = dsc.getsockname()[1]
    expected += [
        {"dump": "tcp6", "local": f"[::1]:{p6}", "remote": None, "state": "LISTEN", "inode": ino(l6)},
        {"dump": "tcp6", "local": f"[::]:{pds}", "remote": None, "state": "LISTEN", "inode": ino(ds)},
        {"dump": "tcp6", "local": f"[::ffff:127.0.0.1]:{pds}", "remote": f"[::ffff:127.0.0.1]:{pdc}", "state": "ESTABLISHED", "inode": ino(dss)},
        {"dump": "tcp4", "local": f"127.0.0.1:{pdc}", "remote": f"127.0.0.1:{pds}", "state": "ESTABLISHED", "inode": ino(dsc)},
    ]
    # UDP: unconnected and connected
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 0)); keep.append(u)
    uc = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); uc.connect(u.getsockname()); keep.append(uc)
    up = u.getsockname()[1]; ucp = uc.getsockname()[1]
    expected += [
        {"dump": "udp4", "local": f"127.0.0.1:{up}", "remote": None, "state": "UNCONNECTED", "inode": ino(u)},
        {"dump": "udp4", "local": f"127.0.0.1:{ucp}", "remote": f"127.0.0.1:{up}", "state": "ESTABLISHED", "inode": ino(uc)},
    ]
    dumps = {
        "tcp4": dump(socket.AF_INET, socket.IPPROTO_TCP, [lp, pds], 100),
        "tcp6": dump(socket.AF_INET6, socket.IPPROTO_TCP, [p6, pds], 200),
        "udp4": dump(socket.AF_INET, socket.IPPROTO_UDP, [up], 300),
    }
    for name, buffers in dumps.items():
        with open(os.path.join(here, name + ".bin"), "wb") as f:
            for b in buffers:
                f.write(struct.pack("<I", len(b)) + b)
    with open(os.path.join(here, "expected.json"), "w") as f:
        json.dump({"uid": os.getuid(), "sequences": {"tcp4": [100, 101], "tcp6": [200, 201], "udp4": [300]},
                   "sockets": expected}, f, indent=1)
        f.write("\n")
    print("captured", {k: sum(len(b) for b in v) for k, v in dumps.items()})

main()

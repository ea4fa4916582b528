#!/usr/bin/env python3
"""Captures a sock_diag dump reply with INET_DIAG_INFO (struct tcp_info) for the decoder tests.

Run as: python3 capture_info.py   (Linux, any user; writes tcpinfo.bin and tcpinfo.json here)

A loopback client sends exactly 100,000 bytes to a server that reads them all and answers
with 2,000 bytes; once everything is acknowledged, one TCP/IPv4 dump filtered to the
client's port, asking for INET_DIAG_INFO, is stored as-is (same framing as capture.py: each
recv() buffer prefixed by its 4-byte little-endian length). tcpinfo.json says what the
kernel reported (from getsockopt(TCP_INFO) on both ends, the same struct). Captured on
Linux 6.18 (x86_64), whose tcp_info is 248 bytes or more.
"""
import json, os, socket, struct, time

NETLINK_SOCK_DIAG, SOCK_DIAG_BY_FAMILY = 4, 20
NLM_F_REQUEST, NLM_F_DUMP, NLMSG_DONE = 1, 0x300, 3
INET_DIAG_INFO_EXT = 1 << 1

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lis = socket.socket(); lis.bind(("127.0.0.1", 0)); lis.listen()
    cli = socket.create_connection(lis.getsockname())
    srv, _ = lis.accept()
    cli.sendall(b"x" * 100_000)
    got = 0
    while got < 100_000:
        got += len(srv.recv(65536))
    srv.sendall(b"y" * 2000)
    back = 0
    while back < 2000:
        back += len(cli.recv(65536))
    time.sleep(0.2)  # every ACK has arrived
    port = cli.getsockname()[1]
    prog = bytes([11, 8]) + struct.pack("=H", 12) + bytes([0, 0]) + struct.pack("=H", port) \
         + bytes([1, 4]) + struct.pack("=H", 12) \
         + bytes([12, 8]) + struct.pack("=H", 12) + bytes([0, 0]) + struct.pack("=H", port)
    attr = struct.pack("=HH", 4 + len(prog), 1) + prog
    req = struct.pack("=BBBBI", socket.AF_INET, socket.IPPROTO_TCP, INET_DIAG_INFO_EXT, 0, 0xFFFFFFFF) + bytes(48)
    nl = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_SOCK_DIAG)
    nl.send(struct.pack("=IHHII", 16 + len(req) + len(attr), SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 77, 0) + req + attr)
    buffers = []
    while True:
        buf = nl.recv(65536)
        buffers.append(buf)
        off, done = 0, False
        while off + 16 <= len(buf):
            length, typ = struct.unpack_from("=IH", buf, off)
            done = done or typ == NLMSG_DONE
            off += (length + 3) & ~3
        if done:
            break
    with open(os.path.join(here, "tcpinfo.bin"), "wb") as out:
        for buf in buffers:
            out.write(struct.pack("<I", len(buf)) + buf)
    def info(sock):
        raw = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 512)
        return {"size": len(raw), "bytes_acked": struct.unpack_from("=Q", raw, 120)[0],
                "bytes_received": struct.unpack_from("=Q", raw, 128)[0], "bytes_sent": struct.unpack_from("=Q", raw, 200)[0]}
    json.dump({"sequence": 77, "client_port": port, "server_port": lis.getsockname()[1],
               "client": info(cli), "server": info(srv),
               "client_inode": os.fstat(cli.fileno()).st_ino, "server_inode": os.fstat(srv.fileno()).st_ino},
              open(os.path.join(here, "tcpinfo.json"), "w"), indent=2)

if __name__ == "__main__":
    main()

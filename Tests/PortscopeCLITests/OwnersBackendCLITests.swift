#if os(Linux)
import Foundation
import PortscopeTesting
import Testing

/// Issue #16 end to end: `--owners bpf` and `--owners procfs` give the same holders on real
/// workloads (forked holders, a socket passed with SCM_RIGHTS, threads, many processes), and
/// every way the BPF walk can be missing falls back to `/proc` with the same answer and says why.
@Suite(.serialized) struct OwnersBackendCLITests {
    static let bpfReady = runningAsRoot && FileManager.default.fileExists(atPath: "/sys/kernel/btf/vmlinux")

    /// Threads that each open a listener (one descriptor table, so one holder), and 30 child
    /// processes with a listener each. Prints {"pids": [...], "ports": [...]}.
    static let crowd = """
    import os, socket, json, time, threading, ctypes
    ports, pids, held = [], [os.getpid()], []
    def open_one():
        s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(); held.append(s)
    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads: t.start()
    for t in threads: t.join()
    keep = threading.Event()
    workers = [threading.Thread(target=keep.wait, daemon=True) for _ in range(3)]  # idle threads share the table
    for t in workers: t.start()
    ports += [s.getsockname()[1] for s in held]
    for _ in range(30):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            ctypes.CDLL(None).prctl(1, ctypes.c_ulong(9), 0, 0, 0)
            s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
            os.write(w, str(s.getsockname()[1]).encode()); time.sleep(3600); os._exit(0)
        pids.append(pid); ports.append(int(os.read(r, 16)))
    print(json.dumps({"pids": pids, "ports": ports}), flush=True)
    time.sleep(3600)
    """

    /// inode → sorted pids of `ls --all --json`, for sockets held by `pids`.
    static func holders(_ json: String, pids: Set<Int>) throws -> [Int: [Int]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var result: [Int: [Int]] = [:]
        for socket in object["sockets"] as? [[String: Any]] ?? [] {
            let holders = (socket["processes"] as? [[String: Any]] ?? []).compactMap { $0["pid"] as? Int }.filter(pids.contains)
            if let inode = socket["inode"] as? Int, !holders.isEmpty { result[inode] = holders.sorted() }
        }
        return result
    }

    static func owners(_ json: String) -> (String?, String?) {
        let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["owners"] as? String, object?["ownersReason"] as? String)
    }

    @Test(.enabled(if: bpfReady, "needs root and kernel BTF"))
    func bothBackendsFindTheSameHolders() throws {
        let (forked, pair) = try HelperProcess.start(HelperProcess.forkedListener)
        defer { forked.signal(SIGKILL) }
        let (passed, receiver) = try HelperProcess.start(HelperProcess.passedListener)
        defer { passed.signal(SIGKILL) }
        let (crowd, info) = try HelperProcess.start(Self.crowd)
        defer { crowd.signal(SIGKILL) }
        var pids = Set([pair["parent"], pair["child"], receiver["parent"], receiver["receiver"]].compactMap { $0 as? Int })
        pids.formUnion(info["pids"] as? [Int] ?? [])
        #expect(pids.count == 35)

        let procfs = try CommandRunner.portscope(["ls", "--all", "--json", "--owners", "procfs"])
        let bpf = try CommandRunner.portscope(["ls", "--all", "--json", "--owners", "bpf"])
        #expect(procfs.status == 0 && bpf.status == 0, "\(procfs.stderr)\(bpf.stderr)")
        #expect(Self.owners(procfs.stdout).0 == "procfs")
        let (backend, reason) = Self.owners(bpf.stdout)
        guard backend == "bpf" else {
            // Only a kernel that refuses the program may stop the walk on a root host with BTF.
            #expect(reason?.contains("the kernel did not load") == true, "\(reason ?? "")")
            return
        }
        let expected = try Self.holders(procfs.stdout, pids: pids)
        // 4 thread listeners, 30 children's, the forked and the passed one; a helper may also
        // have inherited a socket another test had open when it was spawned (both walks see it).
        #expect(expected.count >= 4 + 30 + 2, "\(expected.count)")
        #expect(try Self.holders(bpf.stdout, pids: pids) == expected)
        // The forked listener has both holders; the passed one only its receiver.
        let forkedHolders = expected.values.first { $0.count == 2 }
        #expect(forkedHolders == [pair["parent"] as? Int, pair["child"] as? Int].compactMap { $0 }.sorted())
        #expect(expected.values.contains([receiver["receiver"] as? Int ?? -1]))

        // `who` on one port: the kernel-side filter, the same answer.
        let port = String((info["ports"] as? [Int] ?? [0])[10])
        let whoProc = try CommandRunner.portscope(["who", port, "--json", "--owners", "procfs"])
        let whoBPF = try CommandRunner.portscope(["who", port, "--json", "--owners", "bpf"])
        #expect(try Self.holders(whoBPF.stdout, pids: pids) == Self.holders(whoProc.stdout, pids: pids))
        #expect(try Self.holders(whoBPF.stdout, pids: pids).count == 1)
    }

    /// With unreadable BTF, without BTF, or without root: `/proc` answers, the same, and says why.
    @Test func everyMissingPieceFallsBackToProc() throws {
        let (child, info) = try HelperProcess.start(HelperProcess.forkedListener)
        defer { child.signal(SIGKILL) }
        let port = String(try #require(info["port"] as? Int))
        let pids: Set<Int> = Set([info["parent"], info["child"]].compactMap { $0 as? Int })
        let reference = try CommandRunner.portscope(["who", port, "--json", "--owners", "procfs"])
        let expected = try Self.holders(reference.stdout, pids: pids)
        #expect(expected.values.first?.count == 2)
        let directory = TemporaryDirectory()
        let notBTF = try directory.write("vmlinux", "This is not BTF: only some text a test wrote.\n")
        var cases: [(String, [String: String?], String)] = [
            ("BTF that is not BTF", ["PORTSCOPE_BTF_PATH": notBTF], "is unreadable: not BTF version 1"),
            ("no BTF", ["PORTSCOPE_BTF_PATH": "/nonexistent/vmlinux"], "BTF"),
        ]
        if !runningAsRoot { cases = [("not root", [:], "not root")] }
        for (name, environment, words) in cases {
            let result = try CommandRunner.portscope(["who", port, "--json", "--owners", "bpf"], environment: environment)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let (backend, reason) = Self.owners(result.stdout)
            #expect(backend == "procfs", "\(name)")
            #expect(reason?.contains(words) == true, "\(name): \(reason ?? "")")
            #expect(try Self.holders(result.stdout, pids: pids) == expected, "\(name)")
        }
    }

    /// As another user, the walk is not even tried.
    @Test(.enabled(if: runningAsRoot && TestPaths.hasTool("setpriv"), "needs root and setpriv"))
    func notRootMeansProc() throws {
        let result = try CommandRunner.run("/usr/bin/env", ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--",
                                                            TestPaths.portscope, "ls", "--json", "--owners", "bpf"])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let (backend, reason) = Self.owners(result.stdout)
        #expect(backend == "procfs")
        #expect(reason?.contains("not root") == true, "\(reason ?? "")")
    }
}
#endif

import PortscopeProcesses
import PortscopeSockets
import Testing
@testable import Portscope

@Suite struct FreePlannerTests {
    let caller = FreePlanner.Caller(pid: 500, parent: 499, uid: 1000, canSignalAnyProcess: false)

    func process(_ pid: Int32, _ name: String, uid: UInt32 = 1000, user: String? = nil, start: UInt64 = 42) -> ProcessRecord {
        var record = ProcessRecord(pid: pid, name: name, uid: uid, user: user)
        record.startTime = start
        return record
    }

    func socket(_ transport: SocketProtocol = .tcp, local: UInt16, remote: UInt16? = nil, state: SocketState = .listen, role: SocketRole = .listener, inode: UInt64 = 1, held by: [ProcessRecord]) -> InspectedSocket {
        let entry = SocketEntry(transport: transport, family: .ipv4, local: Endpoint(address: .loopbackIPv4, port: local), remote: remote.map { Endpoint(address: .loopbackIPv4, port: $0) }, state: state, inode: inode, uid: 1000)
        return InspectedSocket(entry: entry, role: role, owner: .known, processes: by)
    }

    func listener(_ port: UInt16, held by: [ProcessRecord]) -> InspectedSocket {
        socket(local: port, held: by)
    }

    func report(_ port: UInt16, _ sockets: [InspectedSocket]) -> SocketReport {
        SocketReport(port: port, sockets: sockets, hidden: nil, source: "test", warnings: [], elsewhere: [], allNamespaces: false)
    }

    func stat(_ flags: UInt64 = 0, start: UInt64 = 42) -> ProcStat { ProcStat(state: UInt8(ascii: "S"), parent: 1, flags: flags, startTime: start) }

    @Test func refusesInitSelfParentKernelThreadsAndOtherUsers() {
        let processes = [
            process(1, "systemd"), process(500, "portscope"), process(499, "bash"), process(7, "kworker"),
            process(800, "nginx", uid: 0, user: "root"), process(900, "python3"),
        ]
        let stats: [Int32: ProcStat] = [1: stat(), 500: stat(), 499: stat(), 7: stat(0x0020_0000), 800: stat(), 900: stat()]
        let plan = FreePlanner.plan(port: 8080, protocols: [.tcp, .udp], report: report(8080, [listener(8080, held: processes)]), includeClients: false, caller: caller, stats: stats)
        #expect(plan.targets.map(\.process.pid) == [900])
        #expect(plan.skipped.map(\.pid) == [1, 500, 499, 7, 800])
        #expect(plan.skipped.first { $0.pid == 800 }?.needsRoot == true)
        #expect(plan.skipped.first { $0.pid == 7 }?.reason == "it is a kernel thread")
        #expect(!plan.targetsAreEveryHolder)
    }

    @Test func onlyListenersOnExactlyThatPort() {
        let holder = process(900, "python3")
        let decoy = process(901, "python3")
        let client = process(902, "curl")
        let clientSocket = socket(local: 40000, remote: 5700, state: .established, role: .client, inode: 3, held: [client])
        // A listener on 57001 can only show up in a report about 5700 as someone's peer; it must never be a target.
        let sockets = [listener(5700, held: [holder]), listener(57001, held: [decoy]), clientSocket]
        let stats: [Int32: ProcStat] = [900: stat(), 901: stat(), 902: stat()]
        #expect(FreePlanner.plan(port: 5700, protocols: [.tcp, .udp], report: report(5700, sockets), includeClients: false, caller: caller, stats: stats).targets.map(\.process.pid) == [900])
        // curl's *remote* port is 5700: it does not hold the port, so it is no target even with clients.
        #expect(FreePlanner.plan(port: 5700, protocols: [.tcp, .udp], report: report(5700, sockets), includeClients: true, caller: caller, stats: stats).targets.map(\.process.pid) == [900])
    }

    /// Issue #9 case 2: a client bound to local port 7002, connected to a server on 8112.
    @Test func aClientIsAProcessWhoseLocalPortItIs() {
        let client = process(910, "client")
        let server = process(911, "server")
        let sockets = [
            socket(local: 7002, remote: 8112, state: .established, role: .client, inode: 10, held: [client]),
            socket(local: 8112, remote: 7002, state: .established, role: .server, inode: 11, held: [server]),
        ]
        let plan = FreePlanner.plan(port: 7002, protocols: [.tcp, .udp], report: report(7002, sockets), includeClients: true, caller: caller, stats: [910: stat(), 911: stat()])
        #expect(plan.targets.map(\.process.pid) == [910])
        #expect(plan.targets.first?.inodes == [10])
    }

    /// Issue #9 case 1: `/udp` and `/tcp` are honoured.
    @Test func protocolIsHonoured() {
        let tcp = process(920, "tcp-server")
        let udp = process(921, "udp-server")
        let sockets = [listener(8095, held: [tcp]), socket(.udp, local: 8095, state: .unconnected, inode: 2, held: [udp])]
        let stats: [Int32: ProcStat] = [920: stat(), 921: stat()]
        let onlyUDP = FreePlanner.plan(port: 8095, protocols: [.udp], report: report(8095, sockets), includeClients: false, caller: caller, stats: stats)
        #expect(onlyUDP.targets.map(\.process.pid) == [921])
        #expect(onlyUDP.portDescription == "8095/udp")
        let onlyTCP = FreePlanner.plan(port: 8095, protocols: [.tcp], report: report(8095, [sockets[1]]), includeClients: false, caller: caller, stats: stats)
        #expect(onlyTCP.portAlreadyFree)
    }

    /// A process whose start time changed since the scan has exited (its pid was reused).
    @Test func reusedPidIsNoTarget() {
        let plan = FreePlanner.plan(port: 8080, protocols: [.tcp], report: report(8080, [listener(8080, held: [process(930, "old", start: 42)])]), includeClients: false, caller: caller, stats: [930: stat(start: 43)])
        #expect(plan.targets.isEmpty)
        let unbound = FreePlanner.plan(port: 8080, protocols: [.tcp], report: report(8080, [listener(8080, held: [ProcessRecord(pid: 931, name: "x", uid: 1000)])]), includeClients: false, caller: caller, stats: [931: stat()])
        #expect(unbound.targets.isEmpty) // no start time read with its descriptors: no identity, no signal
    }

    /// Issue #9 case 6: the init of another PID namespace is never signalled.
    @Test func initOfAnotherPIDNamespaceIsRefused() {
        var containerInit = process(940, "sleep")
        containerInit.namespacePIDs = [940, 1]
        containerInit.pidNamespace = 4026532999
        var child = process(941, "server")
        child.namespacePIDs = [941, 2]
        let plan = FreePlanner.plan(port: 8080, protocols: [.tcp], report: report(8080, [listener(8080, held: [containerInit, child])]), includeClients: false, caller: caller, stats: [940: stat(), 941: stat()])
        #expect(plan.targets.map(\.process.pid) == [941])
        let skip = plan.skipped.first { $0.pid == 940 }
        #expect(skip?.reason.contains("pid 1 of its own PID namespace pid:[4026532999]") == true)
    }

    /// Issue #9 case 5: after confirmation only processes in both plans are signalled.
    @Test func reconcileKeepsOnlyProcessesInBothPlans() {
        let a = process(950, "a"), b = process(951, "b"), c = process(952, "c")
        let stats: [Int32: ProcStat] = [950: stat(), 951: stat(), 952: stat()]
        let confirmed = FreePlanner.plan(port: 8080, protocols: [.tcp], report: report(8080, [listener(8080, held: [a, b])]), includeClients: false, caller: caller, stats: stats)
        var reborn = process(951, "b", start: 77) // same pid, another process
        reborn.startTime = 77
        let fresh = FreePlanner.plan(port: 8080, protocols: [.tcp], report: report(8080, [listener(8080, held: [a, reborn, c])]), includeClients: false, caller: caller, stats: [950: stat(), 951: stat(start: 77), 952: stat()])
        let (plan, changes) = FreePlanner.reconcile(confirmed: confirmed, fresh: fresh)
        #expect(plan.targets.map(\.process.pid) == [950])
        #expect(changes.released.map(\.pid) == [951])
        #expect(changes.newcomers.map(\.pid) == [951, 952])
        let gone = FreePlanner.plan(port: 8080, protocols: [.tcp], report: report(8080, []), includeClients: false, caller: caller, stats: [:])
        #expect(FreePlanner.reconcile(confirmed: confirmed, fresh: gone).plan.targets.isEmpty)
        _ = stats
    }

    @Test func dockerProxyIsNamed() {
        let proxy = ProcessRecord(pid: 900, name: "docker-proxy", uid: 1000, command: ["/usr/bin/docker-proxy", "-proto", "tcp", "-host-ip", "0.0.0.0", "-host-port", "8080", "-container-ip", "172.17.0.2", "-container-port", "80"])
        let note = FreePlanner.proxyNote(proxy, port: 8080)
        #expect(note?.contains("172.17.0.2:80") == true)
        #expect(note?.contains("docker ps --filter publish=8080") == true)
        #expect(FreePlanner.proxyNote(ProcessRecord(pid: 1, name: "nginx"), port: 80) == nil)
    }
}

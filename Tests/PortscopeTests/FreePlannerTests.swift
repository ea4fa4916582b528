import PortscopeProcesses
import PortscopeSockets
import Testing
@testable import Portscope

@Suite struct FreePlannerTests {
    let caller = FreePlanner.Caller(pid: 500, parent: 499, uid: 1000, canSignalAnyProcess: false)

    func listener(_ port: UInt16, held by: [ProcessRecord]) -> InspectedSocket {
        let entry = SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .loopbackIPv4, port: port), remote: nil, state: .listen, inode: 1, uid: 1000)
        return InspectedSocket(entry: entry, role: .listener, owner: .known, processes: by)
    }

    func stat(_ flags: UInt64 = 0) -> ProcStat { ProcStat(state: "S", parent: 1, flags: flags, startTime: 42) }

    @Test func refusesInitSelfParentKernelThreadsAndOtherUsers() {
        let processes = [
            ProcessRecord(pid: 1, name: "systemd", uid: 1000),
            ProcessRecord(pid: 500, name: "portscope", uid: 1000),
            ProcessRecord(pid: 499, name: "bash", uid: 1000),
            ProcessRecord(pid: 7, name: "kworker", uid: 1000),
            ProcessRecord(pid: 800, name: "nginx", uid: 0, user: "root"),
            ProcessRecord(pid: 900, name: "python3", uid: 1000),
        ]
        let report = SocketReport(port: 8080, sockets: [listener(8080, held: processes)], hidden: nil, source: "test", warnings: [], elsewhere: [], allNamespaces: false)
        let stats: [Int32: ProcStat] = [1: stat(), 500: stat(), 499: stat(), 7: stat(0x0020_0000), 800: stat(), 900: stat()]
        let plan = FreePlanner.plan(port: 8080, report: report, includeClients: false, caller: caller, stats: stats)
        #expect(plan.targets.map(\.process.pid) == [900])
        #expect(plan.skipped.map(\.pid) == [1, 500, 499, 7, 800])
        #expect(plan.skipped.first { $0.pid == 800 }?.needsRoot == true)
        #expect(plan.skipped.first { $0.pid == 7 }?.reason == "it is a kernel thread")
    }

    @Test func onlyListenersOnExactlyThatPort() {
        let holder = ProcessRecord(pid: 900, name: "python3", uid: 1000)
        let decoy = ProcessRecord(pid: 901, name: "python3", uid: 1000)
        let client = ProcessRecord(pid: 902, name: "curl", uid: 1000)
        let clientSocket = InspectedSocket(
            entry: SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .loopbackIPv4, port: 40000), remote: Endpoint(address: .loopbackIPv4, port: 5700), state: .established, inode: 3, uid: 1000),
            role: .client, owner: .known, processes: [client]
        )
        // A listener on 57001 can only show up in a report about 5700 as someone's peer; it must never be a target.
        let report = SocketReport(port: 5700, sockets: [listener(5700, held: [holder]), listener(57001, held: [decoy]), clientSocket], hidden: nil, source: "test", warnings: [], elsewhere: [], allNamespaces: false)
        let stats: [Int32: ProcStat] = [900: stat(), 901: stat(), 902: stat()]
        #expect(FreePlanner.plan(port: 5700, report: report, includeClients: false, caller: caller, stats: stats).targets.map(\.process.pid) == [900])
        #expect(FreePlanner.plan(port: 5700, report: report, includeClients: true, caller: caller, stats: stats).targets.map(\.process.pid) == [900, 902])
    }

    @Test func dockerProxyIsNamed() {
        let proxy = ProcessRecord(pid: 900, name: "docker-proxy", uid: 1000, command: ["/usr/bin/docker-proxy", "-proto", "tcp", "-host-ip", "0.0.0.0", "-host-port", "8080", "-container-ip", "172.17.0.2", "-container-port", "80"])
        let note = FreePlanner.proxyNote(proxy, port: 8080)
        #expect(note?.contains("172.17.0.2:80") == true)
        #expect(note?.contains("docker ps --filter publish=8080") == true)
        #expect(FreePlanner.proxyNote(ProcessRecord(pid: 1, name: "nginx"), port: 80) == nil)
    }
}

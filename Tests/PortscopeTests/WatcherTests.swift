import PortscopeProcesses
import PortscopeSockets
import Testing
@testable import Portscope

/// The watcher's diffing on scripted samples (no sockets).
@Suite struct WatcherTests {
    final class ScriptedSource: SocketSource, @unchecked Sendable {
        var rounds: [[SocketEntry]]
        init(_ rounds: [[SocketEntry]]) { self.rounds = rounds }
        func snapshot(_ query: SocketQuery) throws(SocketSourceError) -> SocketSnapshot {
            SocketSnapshot(sockets: rounds.isEmpty ? [] : rounds.removeFirst(), source: "script")
        }
    }

    struct Processes: ProcessTable {
        func socketOwners(wanted: Set<UInt64>?, preferredUIDs: Set<UInt32>) -> SocketOwners { firstOwners(wanted: wanted ?? [], preferredUIDs: preferredUIDs) }
        func firstOwners(wanted: Set<UInt64>, preferredUIDs: Set<UInt32>) -> SocketOwners {
            SocketOwners(holders: HolderMap(Dictionary(uniqueKeysWithValues: wanted.filter { $0 != 99 }.map { ($0, [Int32(1000 + $0)]) })))
        }
        func process(_ pid: Int32, startTime: UInt64?) -> ProcessRecord? { ProcessRecord(pid: pid, name: "p\(pid)") }
        func networkNamespace(of pid: Int32) -> UInt64? { nil }
        func networkNamespaces() -> NamespaceListing { NamespaceListing() }
        func processStat(_ pid: Int32) -> ProcStat? { nil }
    }

    func entry(_ local: UInt16, _ remote: UInt16?, _ state: SocketState, inode: UInt64, cookie: UInt64) -> SocketEntry {
        SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .loopbackIPv4, port: local),
                    remote: remote.map { Endpoint(address: .loopbackIPv4, port: $0) }, state: state, inode: inode, uid: 0, cookie: cookie)
    }

    final class Clock: @unchecked Sendable {
        var now = 0.0
    }

    @Test func openedStateAndClosed() throws {
        let listener = entry(8080, nil, .listen, inode: 1, cookie: 1)
        let connection = entry(40000, 8080, .established, inode: 2, cookie: 2)
        let timeWait = entry(40000, 8080, .timeWait, inode: 0, cookie: 3) // same 4-tuple, new cookie
        let source = ScriptedSource([[listener], [listener, connection], [listener, timeWait], [listener]])
        let clock = Clock()
        let watcher = Watcher(options: Watcher.Options(), sockets: source, processes: Processes(), destroy: nil,
                              ephemeralRange: 32768...60999, wallClock: { 1000 }, monotonic: { clock.now })
        let first = try watcher.step()
        #expect(first.map(\.kind) == [.opened])
        #expect(first[0].initial && first[0].socket.processes.map(\.pid) == [1001])
        clock.now = 1
        let second = try watcher.step()
        #expect(second.map(\.kind) == [.opened])
        #expect(!second[0].initial && second[0].socket.role == .client && second[0].socket.processes.map(\.name) == ["p1002"])
        clock.now = 2
        let third = try watcher.step()
        #expect(third.map(\.kind) == [.state])
        #expect(third[0].previousState == .established && third[0].socket.entry.state == .timeWait)
        #expect(third[0].socket.owner == OwnerStatus.none)
        clock.now = 3
        let fourth = try watcher.step()
        #expect(fourth.map(\.kind) == [.closed])
        #expect(watcher.present == 1 && watcher.totals[.opened] == 1 && watcher.totals[.closed] == 1)
        // The new connection counts once for each of its ports; the initial listener does not count.
        #expect(watcher.activity() == [
            PortActivity(port: 8080, count: 1, byProcess: [.init(name: "p1002", count: 1)]),
            PortActivity(port: 40000, count: 1, byProcess: [.init(name: "p1002", count: 1)]),
        ])
    }

    @Test func unknownOwnersAreSaidSo() throws {
        let orphan = entry(40001, 8080, .established, inode: 99, cookie: 9) // no process holds inode 99
        let watcher = Watcher(options: Watcher.Options(), sockets: ScriptedSource([[], [orphan]]), processes: Processes(), destroy: nil,
                              ephemeralRange: nil, wallClock: { 0 }, monotonic: { 10 })
        _ = try watcher.step()
        let events = try watcher.step() + watcher.flush()
        #expect(events.count == 1)
        #expect(events[0].socket.owner == .unknown)
        #expect(events[0].socket.hiddenReason?.contains("could not be found") == true)
    }

    @Test func portFiltersAreApplied() throws {
        var options = Watcher.Options()
        options.ports = [8080]
        let source = ScriptedSource([[entry(8080, nil, .listen, inode: 1, cookie: 1)]])
        let watcher = Watcher(options: options, sockets: source, processes: Processes(), destroy: nil, ephemeralRange: nil, wallClock: { 0 }, monotonic: { 0 })
        #expect(try watcher.step().count == 1)
    }

    /// Issue #10 case 5: a pid reused by a new process is not shown under the old name (the
    /// process cache was keyed by pid alone).
    @Test func reusedPidGetsItsOwnName() throws {
        struct Reuse: ProcessTable {
            func socketOwners(wanted: Set<UInt64>?, preferredUIDs: Set<UInt32>) -> SocketOwners { firstOwners(wanted: wanted ?? [], preferredUIDs: preferredUIDs) }
            func firstOwners(wanted: Set<UInt64>, preferredUIDs: Set<UInt32>) -> SocketOwners {
                // Inode 10 was opened by the first process with pid 4242, inode 11 by the second.
                var owners = SocketOwners(holders: HolderMap(Dictionary(uniqueKeysWithValues: wanted.map { ($0, [Int32(4242)]) })))
                owners.startTimes = [4242: wanted.contains(11) ? 2 : 1]
                return owners
            }
            func process(_ pid: Int32, startTime: UInt64?) -> ProcessRecord? {
                var record = ProcessRecord(pid: pid, name: startTime == 2 ? "newcomer" : "original")
                record.startTime = startTime
                return record
            }
            func networkNamespace(of pid: Int32) -> UInt64? { nil }
            func networkNamespaces() -> NamespaceListing { NamespaceListing() }
            func processStat(_ pid: Int32) -> ProcStat? { nil }
        }
        let first = entry(41000, 8080, .established, inode: 10, cookie: 1)
        let second = entry(41001, 8080, .established, inode: 11, cookie: 2)
        let clock = Clock()
        let watcher = Watcher(options: Watcher.Options(), sockets: ScriptedSource([[], [first], [first, second]]), processes: Reuse(), destroy: nil,
                              ephemeralRange: nil, wallClock: { 0 }, monotonic: { clock.now })
        _ = try watcher.step()
        clock.now = 1
        #expect(try watcher.step().first?.socket.processes.map(\.name) == ["original"])
        clock.now = 2
        #expect(try watcher.step().first?.socket.processes.map(\.name) == ["newcomer"])
    }
}

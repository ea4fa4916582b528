import PortscopeProcesses
import PortscopeSockets
import Testing
@testable import Portscope

/// The pure watch differ on recorded sequences (issue #10 cases 4 and 5).
@Suite struct WatchDifferTests {
    let roles = RoleClassifier(listeners: [], ephemeralRange: 32768...60999)

    func tcp(_ local: UInt16, _ remote: UInt16?, _ state: SocketState, inode: UInt64 = 0, cookie: UInt64? = nil) -> SocketEntry {
        SocketEntry(transport: .tcp, family: .ipv4, local: Endpoint(address: .loopbackIPv4, port: local),
                    remote: remote.map { Endpoint(address: .loopbackIPv4, port: $0) }, state: state, inode: inode, uid: 0, cookie: cookie)
    }

    func round(_ sample: [SocketEntry], destroyed: [SocketEntry] = [], successors: [SocketEntry] = [], at time: Double) -> WatchDiffer.Round {
        WatchDiffer.Round(sample: sample, destroyed: destroyed, successors: successors, now: time, roles: roles)
    }

    /// ESTABLISHED → FIN_WAIT2 → TIME_WAIT with destroy notifications: the notification of the
    /// full socket followed by its TIME_WAIT mini-socket is a state change, not a close and an
    /// open (it was "closed … ESTABLISHED", then "opened FIN_WAIT2 no process").
    @Test func destroyThenTimeWaitIsAStateChange() {
        var differ = WatchDiffer()
        let established = tcp(41000, 8080, .established, inode: 7, cookie: 1)
        _ = differ.step(round([], at: 0))
        #expect(differ.step(round([established], at: 1)).map(\.kind) == [.opened])
        #expect(differ.step(round([tcp(41000, 8080, .finWait2, inode: 7, cookie: 1)], at: 2)).map(\.kind) == [.state])
        // The full socket is destroyed (its notification says CLOSE) and a TIME_WAIT socket with
        // the same cookie is in the next sample.
        let timeWait = tcp(41000, 8080, .timeWait, cookie: 1)
        let events = differ.step(round([timeWait], destroyed: [tcp(41000, 8080, .close, inode: 7, cookie: 1)], at: 3))
        #expect(events.map(\.kind) == [.state])
        #expect(events.first?.previousState == .finWait2)
        #expect(events.first?.socket.entry.state == .timeWait)
        // It stays tracked until the TIME_WAIT socket goes.
        #expect(differ.step(round([timeWait], at: 4)).isEmpty)
        let closed = differ.step(round([], at: 63))
        #expect(closed.map(\.kind) == [.closed])
        #expect(closed.first?.socket.entry.state == .timeWait)
    }

    /// The same when the TIME_WAIT socket is only found by the lookup after the sample, and
    /// when its cookie differs (the kernel copies the cookie only if it existed).
    @Test func successorFoundByLookupOrWithAnotherCookie() {
        var differ = WatchDiffer()
        _ = differ.step(round([], at: 0))
        _ = differ.step(round([tcp(41000, 8080, .established, inode: 7, cookie: 1)], at: 1))
        let events = differ.step(round([], destroyed: [tcp(41000, 8080, .close, inode: 7, cookie: 1)], successors: [tcp(41000, 8080, .timeWait, cookie: 99)], at: 2))
        #expect(events.map(\.kind) == [.state])
        #expect(differ.step(round([tcp(41000, 8080, .timeWait, cookie: 99)], at: 3)).isEmpty)
    }

    /// Twenty short connections seen only in notifications: the client sides (closed first)
    /// are reported once, already in TIME_WAIT, the server sides once, closed. None twice.
    @Test func shortConnectionsReportEachSideOnce() {
        var differ = WatchDiffer()
        _ = differ.step(round([tcp(8080, nil, .listen, inode: 1, cookie: 1)], at: 0))
        var destroyed: [SocketEntry] = []
        var timeWaits: [SocketEntry] = []
        for index in 0..<20 {
            let port = UInt16(42000 + index)
            destroyed.append(tcp(port, 8080, .close, inode: UInt64(100 + index), cookie: UInt64(1000 + index)))
            destroyed.append(tcp(8080, port, .close, inode: UInt64(200 + index), cookie: UInt64(2000 + index)))
            timeWaits.append(tcp(port, 8080, .timeWait, cookie: UInt64(1000 + index)))
        }
        let events = differ.step(round([tcp(8080, nil, .listen, inode: 1, cookie: 1)] + timeWaits, destroyed: destroyed, at: 1))
        #expect(events.filter { $0.kind == .opened && $0.socket.entry.state == .timeWait }.count == 20)
        #expect(events.filter { $0.kind == .closed && $0.socket.entry.local.port == 8080 }.count == 20)
        #expect(events.count == 40)
        // The late sample still showing them changes nothing.
        #expect(differ.step(round([tcp(8080, nil, .listen, inode: 1, cookie: 1)] + timeWaits, at: 2)).isEmpty)
    }

    /// Ten connections on the same 4-tuple one after the other are ten connections (they were
    /// reported as one: the 4-tuple was remembered for 61 s).
    @Test func sameFourTupleReusedIsReportedEveryTime() {
        var differ = WatchDiffer()
        _ = differ.step(round([], at: 0))
        var opened = 0, closed = 0
        for index in 0..<10 {
            let cookie = UInt64(500 + index)
            let live = tcp(41000, 8080, .established, inode: UInt64(50 + index), cookie: cookie)
            let events = differ.step(round([live], at: Double(index) * 0.3 + 0.1))
                + differ.step(round([], destroyed: [tcp(41000, 8080, .close, inode: UInt64(50 + index), cookie: cookie)], at: Double(index) * 0.3 + 0.2))
            opened += events.filter { $0.kind == .opened }.count
            closed += events.filter { $0.kind == .closed }.count
        }
        #expect(opened == 10)
        #expect(closed == 10)
    }

    /// A socket a sample saw vanish is not closed a second time by its late notification.
    @Test func lateNotificationIsNotASecondClose() {
        var differ = WatchDiffer()
        _ = differ.step(round([], at: 0))
        let live = tcp(41000, 8080, .established, inode: 7, cookie: 1)
        _ = differ.step(round([live], at: 1))
        #expect(differ.step(round([], at: 2)).map(\.kind) == [.closed])
        #expect(differ.step(round([], destroyed: [tcp(41000, 8080, .close, inode: 7, cookie: 1)], at: 2.1)).isEmpty)
    }

    /// Without cookies (/proc/net), ESTABLISHED → TIME_WAIT is paired by 4-tuple.
    @Test func procNetTimeWaitIsAStateChange() {
        var differ = WatchDiffer()
        _ = differ.step(round([], at: 0))
        _ = differ.step(round([tcp(41000, 8080, .established, inode: 7)], at: 1))
        let events = differ.step(round([tcp(41000, 8080, .timeWait)], at: 2))
        #expect(events.map(\.kind) == [.state])
        #expect(events.first?.socket.owner == OwnerStatus.none)
    }

    /// Keys are cookies or tuples, never a mix: equal keys hash alike.
    @Test func keysAreOneOrTheOther() {
        let withCookie = tcp(41000, 8080, .established, inode: 7, cookie: 1)
        let withoutCookie = tcp(41000, 8080, .established, inode: 7)
        #expect(SocketKey(withCookie) != SocketKey(withoutCookie))
        #expect(Set([SocketKey(withCookie), SocketKey(tcp(41001, 8080, .established, inode: 8, cookie: 1))]).count == 1)
    }
}

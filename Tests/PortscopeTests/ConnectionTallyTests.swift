import PortscopeSockets
import PortscopeSystem
import Synchronization
#if canImport(Glibc)
import Glibc
#endif
import PortscopeTesting
import Testing
@testable import Portscope

@Suite struct ConnectionTallyTests {
    /// The state ordinals are the positions in `allCases` (the tally's counters rely on it).
    @Test func ordinalsFollowAllCases() {
        for (position, state) in SocketState.allCases.enumerated() {
            #expect(state.ordinal == position)
        }
    }

    /// Property: counted one at a time, in any order, the tally gives each listener the same
    /// summary as counting its connections from a kept list (the reference): random ports,
    /// local addresses (a wildcard listener covers them all, a bound one only its own), peers,
    /// states and namespaces.
    @Test func agreesWithSummarizingAKeptList() throws {
        var random = SeededGenerator()
        let addresses = [IPAddress.loopbackIPv4, IPAddress("127.0.0.2")!, IPAddress.loopbackIPv6]
        let peers = (1...7).map { IPAddress("10.0.0.\($0)")! } + [IPAddress("::1")!, IPAddress("fe80::1")!]
        let states = SocketState.allCases.filter { $0 != .listen }
        for _ in 0..<40 {
            var connections: [SocketEntry] = []
            for index in 0..<Int.random(in: 0...600, using: &random) {
                let local = addresses.randomElement(using: &random)!
                let connection = SocketEntry(
                    transport: .tcp, family: local.family,
                    local: Endpoint(address: local, port: UInt16.random(in: 8000...8003, using: &random)),
                    remote: Endpoint(address: peers.randomElement(using: &random)!, port: UInt16.random(in: 32768...60999, using: &random)),
                    state: states.randomElement(using: &random)!, inode: UInt64(index), uid: 0
                )
                var entry = connection
                entry.networkNamespace = Bool.random(using: &random) ? nil : 4026531840
                // Runs of one peer, as a busy port has them.
                for _ in 0..<Int.random(in: 1...3, using: &random) { connections.append(entry) }
            }
            connections.shuffle(using: &random)
            var tally = ConnectionTally()
            for connection in connections { tally.add(connection) }
            for port: UInt16 in 8000...8004 {
                for bound in [IPAddress.anyIPv4, .anyIPv6] + addresses {
                    for namespace in [nil, UInt64(4026531840)] {
                        var listener = SocketEntry(transport: .tcp, family: bound.family, local: Endpoint(address: bound, port: port), remote: nil, state: .listen, inode: 1, uid: 0)
                        listener.networkNamespace = namespace
                        let mine = connections.filter { $0.local.port == port && $0.networkNamespace == namespace && Inspector.covers(listener, $0.local.address) }
                        #expect(tally.summary(for: listener) == ConnectionSummary.summarize(mine), "seed \(random.seed), \(bound) port \(port)")
                    }
                }
            }
        }
    }
}

@Suite struct OverlapTests {
    /// Both halves run, at the same time, and both results come back.
    @Test func bothHalvesRunTogether() {
        let gate = Gate()
        let (background, foreground) = DedicatedThread.overlap({ () -> Int in
            gate.open()
            return 1
        }, while: { () -> Bool in
            gate.wait(seconds: 10) // only opens when the other half runs while this one waits
        })
        #expect(background == 1)
        #expect(foreground)
    }

    /// Background work runs while the caller goes on, gives its result when asked (the same
    /// one again), and, dropped unasked, still runs to its end on its detached thread.
    @Test func backgroundWorkIsWaitedForOnlyWhenWanted() {
        let gate = Gate()
        let work = BackgroundWork { () -> Int in
            gate.open()
            return 7
        }
        #expect(gate.wait(seconds: 10), "it runs before anyone asks")
        #expect(work.value() == 7)
        #expect(work.value() == 7)
        let dropped = Gate()
        _ = BackgroundWork { dropped.open() }
        #expect(dropped.wait(seconds: 10), "dropped unasked, it still finishes")
    }
}

/// A one-shot flag one thread sets and another waits for.
private final class Gate: Sendable {
    private let state = Mutex(false)

    func open() { state.withLock { $0 = true } }

    func wait(seconds: Double) -> Bool {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if state.withLock({ $0 }) { return true }
            usleep(1000)
        }
        return false
    }
}

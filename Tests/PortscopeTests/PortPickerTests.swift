#if os(Linux)
import Foundation
import PortscopeHost
import PortscopeKnowledge
import PortscopeSockets
import PortscopeTesting
import Testing
@testable import Portscope

@Suite struct PortPickerTests {
    func picker() -> PortPicker {
        PortPicker(registry: .builtin, reservations: PickReservations(path: TemporaryDirectory().path + "/picked"))
    }

    /// The library API: a bound, listening descriptor on the picked port.
    @Test func boundListenerForSwiftServers() throws {
        let picked = try picker().pick(PortPicker.Options())
        let port = picked[0].port
        let listener = try picked[0].listener(on: .loopbackIPv4)
        #expect(listener.port == port)
        let client = try LoopbackSocket()
        try client.connect("127.0.0.1", port: port)
        #expect(accept(listener.descriptor, nil, nil) >= 0)
    }

    @Test func heldPortsAreReallyHeld() throws {
        let picked = try picker().pick(PortPicker.Options())
        #expect(picked[0].sockets.count >= 2)
        // While held, a bind on the wildcard fails.
        #expect(throws: (any Error).self) { try LoopbackSocket.listener(address: "0.0.0.0", port: picked[0].port) }
        picked[0].release()
        _ = try LoopbackSocket.listener(address: "0.0.0.0", port: picked[0].port)
    }

    @Test func candidatesAvoidEveryEphemeralRangeAndPreferUnassigned() throws {
        let (preferred, fallback, excluded) = try picker().candidates(PortPicker.Options())
        #expect(!preferred.isEmpty && !fallback.isEmpty)
        for port in preferred + fallback {
            #expect(port >= 1024 && port < 32768)
        }
        #expect(fallback.contains(8080)) // http-alt: assigned, so only a fallback
        #expect(!preferred.contains(8080))
        #expect(excluded.count >= 2)
    }

    @Test func reservationsAreRememberedAndExpire() throws {
        let path = TemporaryDirectory().path + "/picked"
        let store = PickReservations(path: path, lifetime: 60)
        _ = store.update { _ in [PickReservations.Entry(port: 20001, time: 0, name: nil)] }
        var seen: [UInt16] = []
        _ = store.update { live in seen = live.map(\.port); return [] }
        #expect(seen == [20001])
        try "20002 1\n".write(toFile: path, atomically: true, encoding: .utf8) // from 1970: expired
        _ = store.update { live in seen = live.map(\.port); return [] }
        #expect(seen.isEmpty)
    }
}
#endif

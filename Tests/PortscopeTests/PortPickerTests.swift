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
        PortPicker(registry: .builtin, reservations: PickReservations(directory: TemporaryDirectory().path + "/picked"))
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
        let directory = TemporaryDirectory().path + "/picked"
        let store = PickReservations(directory: directory, lifetime: 60)
        _ = try store.update { _ in [PickReservations.Entry(port: 20001, time: 0, name: nil)] }
        var seen: [UInt16] = []
        _ = try store.update { live in seen = live.map(\.port); return [] }
        #expect(seen == [20001])
        try "20002 1\n".write(toFile: directory + "/picked-ports", atomically: true, encoding: .utf8) // from 1970: expired
        _ = try store.update { live in seen = live.map(\.port); return [] }
        #expect(seen.isEmpty)
    }

    /// Names are data: a newline or space in a name cannot add lines or fields.
    @Test func namesRoundTripAndNeverAddLines() throws {
        let directory = TemporaryDirectory().path + "/picked"
        let store = PickReservations(directory: directory)
        let names = ["a\nb", "x y", "100% sure", "\u{1B}[2J", "20100 1", "é"]
        _ = try store.update { _ in names.enumerated().map { PickReservations.Entry(port: UInt16(20100 + $0.offset), time: 0, name: $0.element) } }
        let text = try String(contentsOfFile: directory + "/picked-ports", encoding: .utf8)
        #expect(text.split(separator: "\n").count == names.count)
        var seen: [String?] = []
        _ = try store.update { live in seen = live.map(\.name); return [] }
        #expect(seen == names)
        #expect(PickReservations.parse(Array("1 2 %zz\n1 2 a b\nx 2\n65536 1\n".utf8)).isEmpty)
    }

    /// A pick that cannot find every port reserves none, and says what ran out.
    @Test func failedPickReservesNothing() throws {
        let directory = TemporaryDirectory().path + "/picked"
        let picker = PortPicker(registry: .builtin, reservations: PickReservations(directory: directory))
        var options = PortPicker.Options()
        options.range = 20100...20102
        options.count = 5
        #expect {
            try picker.pick(options)
        } throws: { error in
            "\(error)".contains("20100–20102 holds 3 ports, and --count asked for 5")
        }
        // Three free ports but one is in use: the pick fails and reserves none of the other two.
        let blocker = try LoopbackSocket.listener(address: "0.0.0.0", port: 20101)
        options.count = 3
        #expect {
            try picker.pick(options)
        } throws: { error in
            "\(error)".contains("only 2 of 3") && "\(error)".contains("1 is in use") && "\(error)".contains("0 were handed out")
        }
        blocker.close()
        let picked = try picker.pick(options)
        #expect(picked.map(\.port).sorted() == [20100, 20101, 20102])
    }
}
#endif

import Testing
@testable import PortscopeSockets

@Suite struct AddressOverlapTests {
    func overlaps(_ a: String, _ b: String, v6OnlyA: Bool? = false, v6OnlyB: Bool? = nil) -> Bool {
        AddressOverlap.overlaps(IPAddress(a)!, v6OnlyA: v6OnlyA, IPAddress(b)!, v6OnlyB: v6OnlyB)
    }

    @Test func sameFamily() {
        #expect(overlaps("0.0.0.0", "127.0.0.1"))
        #expect(overlaps("127.0.0.1", "0.0.0.0"))
        #expect(overlaps("127.0.0.1", "127.0.0.1"))
        #expect(!overlaps("127.0.0.1", "127.0.0.2"))
        #expect(overlaps("::", "::1"))
        #expect(!overlaps("::1", "fe80::1"))
    }

    @Test func dualStack() {
        // A [::] socket without IPV6_V6ONLY takes IPv4 too (unknown counts as without).
        #expect(overlaps("127.0.0.1", "::", v6OnlyB: false))
        #expect(overlaps("127.0.0.1", "::", v6OnlyB: nil))
        #expect(!overlaps("127.0.0.1", "::", v6OnlyB: true))
        #expect(overlaps("::", "127.0.0.1", v6OnlyA: false))
        #expect(!overlaps("::", "127.0.0.1", v6OnlyA: true))
        #expect(!overlaps("::1", "127.0.0.1"))
        #expect(overlaps("::ffff:127.0.0.1", "127.0.0.1"))
        #expect(!overlaps("::ffff:127.0.0.1", "127.0.0.2"))
    }
}

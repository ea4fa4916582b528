import Testing
@testable import PortscopeKnowledge

@Suite struct RangeAndProfileTests {
    /// (port, IANA range, in Linux default, in Windows/macOS default, in FreeBSD default)
    @Test(arguments: [
        (0, IANARange.system, false, false, false),
        (1023, .system, false, false, false),
        (1024, .user, false, false, false),
        (9999, .user, false, false, false),
        (10000, .user, false, false, true),
        (32767, .user, false, false, true),
        (32768, .user, true, false, true),
        (49151, .user, true, false, true),
        (49152, .dynamic, true, true, true),
        (60999, .dynamic, true, true, true),
        (61000, .dynamic, false, true, true),
        (65535, .dynamic, false, true, true),
    ])
    func edges(port: Int, range: IANARange, linux: Bool, windowsAndMac: Bool, freebsd: Bool) throws {
        let p = try #require(Port(exactly: port))
        #expect(p.ianaRange == range)
        #expect(range.first <= p && p <= range.last)
        #expect(EphemeralProfile.defaultProfile(for: .linux).contains(p) == linux)
        #expect(EphemeralProfile.defaultProfile(for: .windows).contains(p) == windowsAndMac)
        #expect(EphemeralProfile.defaultProfile(for: .macos).contains(p) == windowsAndMac)
        #expect(EphemeralProfile.defaultProfile(for: .freebsd).contains(p) == freebsd)
    }

    @Test func rangesTileThePortSpace() {
        #expect(IANARange.system.first.rawValue == 0)
        #expect(IANARange.system.last.rawValue + 1 == IANARange.user.first.rawValue)
        #expect(IANARange.user.last.rawValue + 1 == IANARange.dynamic.first.rawValue)
        #expect(IANARange.dynamic.last.rawValue == 65535)
    }

    @Test func hostPolicy() {
        let policy = HostPortPolicy(os: .linux, ephemeralRange: 32768...60999, reservedPorts: [40000...40010, 60000...60000],
                                    unprivilegedPortStart: 1024, source: "fixture")
        #expect(policy.isEphemeral(Port(60776)))
        #expect(!policy.isEphemeral(Port(61000)))
        #expect(policy.isReserved(Port(40005)))
        #expect(!policy.isReserved(Port(40011)))
        #expect(policy.isPrivileged(Port(1023)))
        #expect(!policy.isPrivileged(Port(1024)))
        #expect(policy.usableEphemeralCount == 28232 - 12)
        var outside = policy
        outside.reservedPorts = [1...100, 61000...61010]
        #expect(outside.usableEphemeralCount == 28232)
    }
}

import PortscopeTesting
import Testing
@testable import PortscopeKnowledge

/// Fixed cases against the built-in registry; they need no CSV.
@Suite struct ServiceRegistryTests {
    let registry = ServiceRegistry.builtin

    func assigned(_ port: UInt16, _ transport: TransportProtocol) -> [String] {
        registry.entries(for: Port(port), transport: transport).filter { $0.status == .assigned }.compactMap(\.service)
    }

    @Test func wellKnownPorts() {
        #expect(assigned(22, .tcp) == ["ssh"])
        #expect(assigned(53, .udp) == ["domain"])
        #expect(assigned(80, .tcp) == ["http", "www", "www-http"])
        #expect(assigned(5060, .tcp) == ["sip"])
        #expect(assigned(5060, .udp) == ["sip"])
        #expect(assigned(5060, .sctp) == ["sip"])
    }

    /// A port's entries are decoded once and kept: asked again, with or without a protocol,
    /// the answers are those of a fresh decoding of its lines.
    @Test func keptEntriesAreTheDecodedOnes() throws {
        let fresh = try ServiceRegistry(text: registry.storage.text)
        for port: UInt16 in [0, 22, 80, 443, 5060, 6001, 60776, 65535] {
            let decoded = fresh.storage.lines(covering: port).flatMap { fresh.storage.decode($0) }
            for _ in 0..<2 {
                #expect(fresh.entries(for: Port(port)) == decoded, "port \(port)")
                for transport in TransportProtocol.allCases {
                    #expect(fresh.entries(for: Port(port), transport: transport) == decoded.filter { $0.transport == transport })
                }
            }
        }
    }

    @Test func httpsOnTCPUDPAndSCTP() {
        for transport in [TransportProtocol.tcp, .udp, .sctp] {
            #expect(assigned(443, transport) == ["https"], "443/\(transport)")
        }
        #expect(assigned(443, .dccp).isEmpty)
        let tcp = registry.entries(for: Port(443), transport: .tcp)[0]
        #expect(tcp.references == ["RFC9110"])
        #expect(tcp.description == "http protocol over TLS/SSL")
    }

    @Test func reservedAndUnassigned() {
        #expect(registry.entries(for: Port(0), transport: .tcp).map(\.status) == [.reserved])
        #expect(registry.entries(for: Port(1023), transport: .udp).map(\.status) == [.reserved])
        #expect(registry.entries(for: Port(49151), transport: .tcp).map(\.status) == [.reserved])
        let four = registry.entries(for: Port(4), transport: .tcp)
        #expect(four.map(\.status) == [.unassigned])
    }

    @Test func portInsideARegisteredRange() throws {
        let entries = registry.entries(for: Port(6010), transport: .tcp)
        let x11 = try #require(entries.first { $0.service == "x11" })
        #expect(x11.ports == 6000...6063)
        #expect(x11.isRange)
        // Unassigned blocks are ranges too: 4434–4440 has no service.
        #expect(registry.entries(for: Port(4437), transport: .udp).map(\.status) == [.unassigned])
    }

    @Test func dynamicPortsHaveNoRows() {
        #expect(registry.entries(for: Port(60776)).isEmpty)
        #expect(registry.entries(for: Port(49152)).isEmpty)
        #expect(registry.entries(for: Port(65535)).isEmpty)
    }

    @Test func lookupByName() throws {
        #expect(try registry.resolve(.service("https", nil)) == ResolvedQuery(port: Port(443), service: "https"))
        #expect(try registry.resolve(.service("HTTPS", .sctp)).port == Port(443))
        #expect(try registry.resolve(.service("sip", .udp)) == ResolvedQuery(port: Port(5060), transport: .udp, service: "sip"))
        let msp = try registry.resolve(.service("msp", nil))
        #expect(msp.port == Port(18))
        #expect(msp.otherPorts == [2438...2438])
        #expect(try registry.resolve(.service("x11", nil)).port == Port(6000))
    }

    @Test func unknownNameSuggestsCloseNames() {
        #expect(throws: KnowledgeError.unknownService(name: "htps", suggestions: ["https (443)", "ftps (990)", "htsp"])) {
            try registry.resolve(.service("htps", nil))
        }
        #expect(throws: KnowledgeError.unknownService(name: "sssh", suggestions: ["ssh (22)"])) {
            try registry.resolve(.service("sssh", nil))
        }
    }

    @Test func nameOnOtherProtocolOrWithoutPort() {
        #expect(throws: KnowledgeError.serviceNotOnProtocol(name: "ssh", protocolName: "dccp", available: ["tcp", "udp", "sctp"])) {
            try registry.resolve(.service("ssh", .dccp))
        }
        let portless = registry.allEntries().first { $0.ports == nil && $0.service != nil }!
        #expect(throws: KnowledgeError.serviceWithoutPort(name: portless.service!)) {
            try registry.resolve(.service(portless.service!, nil))
        }
    }

    @Test func takenPortsAgreeWithLookups() {
        let taken = registry.takenPorts(for: [.tcp, .udp])
        for port in [UInt16(0), 22, 80, 4, 4437, 6010, 8080, 20000, 29500, 49151, 60776] {
            let listed = registry.entries(for: Port(port)).contains { ($0.transport == .tcp || $0.transport == .udp) && $0.status != .unassigned }
            #expect(taken[Int(port)] == listed, "port \(port)")
        }
    }

    @Test func headerCarriesTheDataDate() {
        #expect(registry.header.rows > 14000)
        #expect(registry.header.updated.count == 10)
    }

    /// Property: the binary search over the compact registry finds exactly what a linear scan
    /// of every entry finds, for random ports and protocols (and every port at a range's edge).
    @Test func lookupsAgreeWithALinearScan() {
        let registry = ServiceRegistry.builtin
        let all = registry.allEntries()
        var random = SeededGenerator()
        var ports = (0..<300).map { _ in UInt16.random(in: 0...65535, using: &random) }
        let ranges = all.compactMap(\.ports).filter { $0.count > 1 }
        for _ in 0..<150 {
            if let range = ranges.randomElement(using: &random) { ports += [range.lowerBound, range.upperBound] }
        }
        for port in ports {
            let covering = all.filter { $0.ports?.contains(port) == true }
            for transport in [nil] + TransportProtocol.allCases.map(Optional.some) {
                let scanned = covering.filter { transport == nil || $0.transport == transport }
                let found = registry.entries(for: Port(port), transport: transport)
                #expect(found.sorted { "\($0)" < "\($1)" } == scanned.sorted { "\($0)" < "\($1)" }, "seed \(random.seed), port \(port), \(transport.map(\.rawValue) ?? "any")")
            }
        }
    }

    /// Issue #11 case 7: a long run of digits in a stored copy trapped on overflow.
    @Test func damagedCopiesDoNotTrap() throws {
        let text = "#portscope-registry 1\tupdated=2025-01-01\trows=3\tmaxspan=0\tsource=x\n"
            + "80\tt\ta\thttp\tWeb\t\t\t\t\t\n"
            + String(repeating: "9", count: 40) + "\tt\ta\tbig\tx\t\t\t\t\t\n"
            + "81-" + String(repeating: "7", count: 30) + "\tt\ta\trange\tx\t\t\t\t\t\n"
        guard let registry = try? ServiceRegistry(text: text) else { return } // refusing it is fine too
        for port: UInt16 in [0, 80, 81, 9999, 65535] { _ = registry.entries(for: Port(port)) }
        _ = registry.validate()
        _ = registry.allEntries()
        _ = registry.suggestions(for: "htp")
    }

    /// Found by fuzz-registry: a six-digit port (999999) fits the digit limit but no UInt16,
    /// and name suggestions trapped converting it.
    @Test func portsBeyond65535AreNotPorts() throws {
        let text = "#portscope-registry 1\tupdated=2025-01-01\trows=2\tmaxspan=0\tsource=x\n"
            + "80\tt\ta\thttp\tWeb\t\t\t\t\t\n"
            + "999999\tt\ta\thtpp\tx\t\t\t\t\t\n"
        guard let registry = try? ServiceRegistry(text: text) else { return }
        #expect(registry.suggestions(for: "htp") == ["htpp", "http (80)"], "the damaged name is offered without a port")
        #expect(registry.entries(for: Port(65535)).isEmpty)
        #expect(!registry.validate().isEmpty, "the damaged line is reported")
    }
}

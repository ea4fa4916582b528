import Testing
import PortscopeSockets

@Suite struct SocketQueryTests {
    /// The query's test, written plainly over its sets.
    static func reference(_ query: SocketQuery, _ entry: SocketEntry) -> Bool {
        query.protocols.contains(entry.transport) && query.families.contains(entry.family)
            && (query.ports.isEmpty || query.ports.contains(entry.local.port)
                || (!query.localPortsOnly && entry.remote.map { query.ports.contains($0.port) } == true))
            && (!query.listeningOnly || entry.isListening)
    }

    /// The bit-test matcher answers as the plain test over the query's sets does, for every
    /// kind of query and socket.
    @Test func theMatcherAgreesWithTheQuery() {
        let address = IPAddress("127.0.0.1")!, address6 = IPAddress("::1")!
        var entries: [SocketEntry] = []
        for transport in SocketProtocol.allCases {
            for family in AddressFamily.allCases {
                for state in [SocketState.listen, .established, .close, .timeWait] {
                    for (local, remote) in [(80, nil), (80, 443), (443, 80), (8080, 9090), (0, nil), (65535, 1)] as [(UInt16, UInt16?)] {
                        let host = family == .ipv4 ? address : address6
                        entries.append(SocketEntry(
                            transport: transport, family: family, local: Endpoint(address: host, port: local),
                            remote: remote.map { Endpoint(address: host, port: $0) }, state: state, inode: 1, uid: 0
                        ))
                    }
                }
            }
        }
        var queries: [SocketQuery] = []
        for protocols in [[.tcp], [.udp], [.tcp, .udp], []] as [Set<SocketProtocol>] {
            for families in [[.ipv4], [.ipv6], [.ipv4, .ipv6]] as [Set<AddressFamily>] {
                for ports in [[], [80], [443, 65535], [1, 8080]] as [Set<UInt16>] {
                    for localOnly in [false, true] {
                        for listening in [false, true] {
                            var query = SocketQuery(protocols: protocols, families: families, listeningOnly: listening)
                            query.ports = ports
                            query.localPortsOnly = localOnly
                            queries.append(query)
                        }
                    }
                }
            }
        }
        var matched = 0
        for query in queries {
            let matcher = SocketQuery.Matcher(query)
            for entry in entries {
                #expect(matcher.matches(entry) == Self.reference(query, entry), "\(query) \(entry)")
                #expect(query.matches(entry) == Self.reference(query, entry))
                if Self.reference(query, entry) { matched += 1 }
            }
        }
        #expect(matched > 0 && matched < queries.count * entries.count)
    }
}

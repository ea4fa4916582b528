import Portscope
import PortscopeKnowledge
@testable import PortscopeServer
import PortscopeSockets
import Testing

/// The exporter's exposition keeps its series between snapshots: each must read exactly as
/// a fresh registry would render that snapshot alone.
@Suite struct PrometheusExpositionTests {
    static func lines(_ text: String) -> Set<Substring> { Set(text.split(separator: "\n")) }

    @Test func keptSeriesReadAsAFreshRegistryWould() throws {
        let host = try RouterTests.accountingSnapshot()
        let first = host.metrics(registry: .builtin, topDestinations: 20)
        // A second snapshot: the listener on 6666 and its counters are gone, another came.
        var second = first
        second.listeners.removeAll { $0.entry.local.port == 6666 }
        #expect(second.listeners.count == first.listeners.count - 1)
        var added = try #require(first.listeners.first)
        added.entry.local.port = 6777
        second.listeners.append(added)
        second.traffic = PortTrafficCounters.Totals(byPort: [6777: .init(received: 10, sent: 20)], complete: true)
        // A third: 6666 is back with counters that grew, then a fourth where they are smaller.
        var third = first
        third.traffic = PortTrafficCounters.Totals(byPort: [6666: .init(received: 5_000, sent: 250_001)], complete: false)
        let fourth = first
        // A fifth without byte counting: the counter families go, HELP and TYPE lines too.
        var fifth = first
        fifth.traffic = nil

        let exposition = PrometheusExposition()
        for snapshot in [first, second, third, third, fourth, fifth, second, fifth, first] {
            let kept = exposition.render(snapshot)
            #expect(Self.lines(kept) == Self.lines(PrometheusExposition.render(snapshot)))
        }
        let afterSecond = exposition.render(second)
        #expect(!afterSecond.contains(#"port="6666""#))
        #expect(afterSecond.contains(#"portscope_port_sent_bytes_total{port="6777"} 20"#))
        #expect(!exposition.render(fifth).contains("portscope_port_received_bytes_total"))
        let afterThird = exposition.render(third)
        #expect(afterThird.contains(#"portscope_port_received_bytes_total{port="6666"} 5000"#))
        #expect(!afterThird.contains(#"port="6777""#))
    }
}

import Foundation
import PortscopeTesting
import Testing
@testable import PortscopeServer
import Portscope
import PortscopeKnowledge

/// The files in deploy/: they parse, pass promtool, and name only metrics the exporter emits.
@Suite struct DeployFilesTests {
    static let rules = TestPaths.inPackage("deploy/prometheus/portscope-rules.yml")
    static let ruleTests = TestPaths.inPackage("deploy/prometheus/portscope-rules.test.yml")
    static let scrapeConfig = TestPaths.inPackage("deploy/prometheus/prometheus.yml")
    static let dashboard = TestPaths.inPackage("deploy/grafana/portscope-dashboard.json")

    /// The metric names in the exposition of the fixture snapshot (from its TYPE lines).
    static func exportedNames() throws -> Set<String> {
        let text = PrometheusExposition.render(try RouterTests.accountingSnapshot().metrics(registry: .builtin, topDestinations: 20, baseline: RouterTests.driftBaseline)) + PrometheusExposition.scrapeDuration(0.01)
        return Set(text.split(separator: "\n").compactMap { line -> String? in
            let parts = line.split(separator: " ")
            return parts.count == 4 && parts[1] == "TYPE" ? String(parts[2]) : nil
        })
    }

    /// Every `portscope_…` name in `text`.
    static func referencedNames(_ text: String) -> Set<String> {
        Set(text.matches(of: /portscope_[a-z_]+/).map { String($0.output) }.filter { $0 != "portscope_" })
    }

    /// Every PromQL expression of the dashboard's panels.
    static func dashboardExpressions() throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dashboard))) as? [String: Any])
        let panels = try #require(object["panels"] as? [[String: Any]])
        return panels.flatMap { ($0["targets"] as? [[String: Any]] ?? []).compactMap { $0["expr"] as? String } }
    }

    @Test func rulesAndDashboardNameOnlyExportedMetrics() throws {
        let exported = try Self.exportedNames()
        #expect(exported.contains("portscope_listening_socket_info"))
        let rules = try String(contentsOfFile: Self.rules, encoding: .utf8)
        let expressions = try Self.dashboardExpressions()
        #expect(expressions.count >= 10)
        for (file, text) in [("rules", rules), ("dashboard", expressions.joined(separator: "\n"))] {
            let referenced = Self.referencedNames(text)
            #expect(!referenced.isEmpty)
            #expect(referenced.subtracting(exported).isEmpty, "\(file) names metrics the exporter does not emit: \(referenced.subtracting(exported).sorted())")
        }
        // Both alerts the issue asks for are there.
        #expect(rules.contains("alert: PortscopeEphemeralHeadroomLow"))
        #expect(rules.contains("alert: PortscopeListenerInEphemeralRange"))
        #expect(rules.contains("alert: PortscopeListenerQueueFull"))
        #expect(rules.contains("alert: PortscopeUnexpectedListener"))
        #expect(rules.contains("alert: PortscopeListenerMissing"))
    }

    @Test(.enabled(if: TestPaths.hasTool("promtool"), "needs promtool (Debian's prometheus package)"))
    func promtoolChecksAndRuleUnitTestsPass() throws {
        for arguments in [["check", "rules", Self.rules], ["test", "rules", Self.ruleTests], ["check", "config", Self.scrapeConfig]] {
            let result = try CommandRunner.run("/usr/bin/env", ["promtool"] + arguments)
            #expect(result.status == 0, "promtool \(arguments.joined(separator: " ")): \(result.stdout)\(result.stderr)")
        }
    }
}

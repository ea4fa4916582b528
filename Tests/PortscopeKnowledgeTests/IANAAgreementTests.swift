import Foundation
import PortscopeTesting
import Testing
@testable import PortscopeKnowledge

/// The committed registry agrees with IANA's CSV, row by row. Needs the CSV from
/// `../shared/data/iana/` (or `$PORTSCOPE_IANA_CSV`); skipped without it.
@Suite(.enabled(if: TestPaths.ianaCSV != nil, "IANA's CSV is not available (../shared/data/iana)"))
struct IANAAgreementTests {
    let rows: [IANACSV.Row]

    init() throws {
        let csv = try String(contentsOfFile: TestPaths.ianaCSV!, encoding: .utf8)
        rows = try IANACSV.parse(csv)
    }

    @Test func generatedFileIsUpToDate() throws {
        let text = RegistryFormat.encode(rows, source: "service-names-port-numbers.csv")
        let expected = RegistrySwiftSource.make(registryText: text)
        let committed = try String(contentsOfFile: TestPaths.inPackage(RegistrySwiftSource.path), encoding: .utf8)
        #expect(committed == expected, "regenerate with: swift run portscope-registry-gen")
    }

    @Test func everyPortProtocolRowIsAnswered() {
        let registry = ServiceRegistry.builtin
        var checked = 0
        var missing: [String] = []
        for row in rows {
            for entry in row.entries {
                guard let ports = entry.ports else { continue }
                // Check both ends of a range and one port inside it.
                for port in Set([ports.lowerBound, ports.upperBound, ports.lowerBound + (ports.upperBound - ports.lowerBound) / 2]) {
                    checked += 1
                    if !registry.entries(for: Port(port), transport: entry.transport).contains(entry) {
                        missing.append("line \(row.line): \(port)/\(entry.transport) \(entry.service ?? entry.description)")
                    }
                }
            }
        }
        #expect(missing.isEmpty, "\(missing.count) rows not answered, e.g. \(missing.prefix(5))")
        #expect(checked > 15000)
    }

    @Test func everyNamedRowIsFoundByName() {
        let registry = ServiceRegistry.builtin
        var byName: [String: [ServiceEntry]] = [:]
        for entry in registry.allEntries() {
            if let name = entry.service?.lowercased() { byName[name, default: []].append(entry) }
        }
        var missing: [String] = []
        var names: [String] = []
        for row in rows {
            for entry in row.entries {
                guard let name = entry.service else { continue }
                if !(byName[name.lowercased()] ?? []).contains(entry) { missing.append("line \(row.line): \(name)") }
                if names.last != name { names.append(name) }
            }
        }
        #expect(missing.isEmpty, "\(missing.prefix(5))")
        // The name lookup itself scans the text: check it on every 25th name.
        for name in names.enumerated().filter({ $0.offset % 25 == 0 }).map(\.element) {
            #expect(registry.entries(named: name) == byName[name.lowercased()], "\(name)")
        }
    }

    @Test func builtinValidates() {
        #expect(ServiceRegistry.builtin.validate().isEmpty)
    }

    @Test func noRowIsLost() {
        let entries = rows.reduce(0) { $0 + $1.entries.count }
        #expect(ServiceRegistry.builtin.allEntries().count == entries)
        #expect(ServiceRegistry.builtin.header.rows == rows.count)
    }
}

import Testing
@testable import PortscopeKnowledge

@Suite struct RegistryFormatTests {
    @Test func roundTripKeepsEveryField() throws {
        let entry = ServiceEntry(
            service: "odd\tname", ports: 6000...6063, transport: .tcp, status: .assigned,
            description: "line one\nline two \\ backslash", references: ["RFC1", "http://x"],
            notes: "note", unauthorizedUse: "port 6003", registered: "2001-01", modified: "2020-02-02"
        )
        let text = RegistryFormat.encode([IANACSV.Row(line: 2, entries: [entry])], source: "unit")
        let registry = try ServiceRegistry(text: text)
        #expect(registry.entries(for: Port(6001)) == [entry])
        #expect(registry.header == RegistryFormat.Header(updated: "2020-02-02", rows: 1, source: "unit", maxSpan: 63))
        #expect(registry.validate().isEmpty)
    }

    @Test func missingHeaderIsAnError() {
        #expect(throws: KnowledgeError.malformedRegistry(line: 1, reason: "missing \"#portscope-registry 1\" header")) {
            try ServiceRegistry(text: "80\tt\ta\thttp\tWWW\t\t\t\t\t\n")
        }
    }

    @Test func unsortedLinesAreFoundByValidation() throws {
        let text = "#portscope-registry 1\tupdated=\trows=2\tsource=x\n81\tt\ta\tb\tB\t\t\t\t\t\n80\tt\ta\ta\tA\t\t\t\t\t\n"
        #expect(try ServiceRegistry(text: text).validate() == [.malformedRegistry(line: 3, reason: "lines are not sorted by port")])
    }

    @Test func badPortFieldIsFoundByValidation() throws {
        let text = "#portscope-registry 1\tupdated=\trows=1\tsource=x\nport\tt\ta\ta\tA\t\t\t\t\t\n"
        let registry = try ServiceRegistry(text: text)
        #expect(registry.validate() == [.malformedRegistry(line: 2, reason: "bad port field \"port\"")])
        // Queries skip the damaged line instead of failing.
        #expect(registry.entries(for: Port(80)).isEmpty)
    }

    @Test func binarySearchFindsEveryPortOfADenseFile() throws {
        // Ports 0, 3, 6, … with a range line every 50 ports; every port must find exactly its lines.
        var rows: [IANACSV.Row] = []
        for port in stride(from: 0, through: 3000, by: 3) {
            rows.append(IANACSV.Row(line: 0, entries: [ServiceEntry(service: "s\(port)", ports: UInt16(port)...UInt16(port), transport: .tcp, status: .assigned, description: "")]))
            if port % 150 == 0 {
                rows.append(IANACSV.Row(line: 0, entries: [ServiceEntry(service: "r\(port)", ports: UInt16(port)...UInt16(port + 40), transport: .udp, status: .assigned, description: "")]))
            }
        }
        let registry = try ServiceRegistry(text: RegistryFormat.encode(rows, source: "dense"))
        for port in 0...3100 {
            let names = Set(registry.entries(for: Port(UInt16(port))).compactMap(\.service))
            var expected: Set<String> = []
            if port % 3 == 0, port <= 3000 { expected.insert("s\(port)") }
            let rangeStart = port - port % 150
            if rangeStart <= 3000, port - rangeStart <= 40 { expected.insert("r\(rangeStart)") }
            #expect(names == expected, "port \(port)")
        }
    }

    @Test func generatedSourceUsesASafeDelimiter() {
        let source = RegistrySwiftSource.make(registryText: "#portscope-registry 1\n80\tt\ta\tx\\#(y)\t\t\t\t\t\t\n")
        #expect(source.contains("##\"\"\""))
    }
}

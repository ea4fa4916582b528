import Testing
@testable import PortscopeKnowledge

@Suite struct CSVReaderTests {
    @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line1\nline2\"\nlast,,\n"
        let records = try CSVReader.records(in: text)
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "line1\nline2"], ["last", "", ""]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func noFinalNewline() throws {
        #expect(try CSVReader.records(in: "a,b\nc,d").map(\.fields) == [["a", "b"], ["c", "d"]])
    }

    @Test func unclosedQuoteIsAnError() {
        #expect(throws: KnowledgeError.malformedCSV(line: 2, reason: "a quoted field is never closed")) {
            try CSVReader.records(in: "a,b\n\"open,c\n")
        }
    }

    @Test func textAfterClosingQuoteIsAnError() {
        #expect(throws: KnowledgeError.self) { try CSVReader.records(in: "\"a\"b,c\n") }
    }

    @Test func ianaHeaderIsRequired() {
        #expect {
            try IANACSV.parse("name,port\nhttp,80\n")
        } throws: { error in
            (error as? KnowledgeError)?.description.contains("header is not IANA's") ?? false
        }
    }

    @Test func rowsBecomeEntries() throws {
        let csv = IANACSV.header.joined(separator: ",") + "\n"
            + "x11,6000-6063,tcp,X Window System,,,,,,,Known Unauthorized Use on port 6003,\n"
            + ",4-5,,Unassigned,,,,,,,,\n"
            + "imap,143,tcp,Internet Message Access Protocol,,,,,[RFC3501][RFC9051],,,\n"
            + "_dnssd,,,DNS-SD name,,,,,,,,\n"
        let rows = try IANACSV.parse(csv)
        #expect(rows.count == 4)
        #expect(rows[0].entries == [ServiceEntry(service: "x11", ports: 6000...6063, transport: .tcp, status: .assigned,
                                                 description: "X Window System", unauthorizedUse: "Known Unauthorized Use on port 6003")])
        #expect(rows[1].entries.map(\.transport) == [.tcp, .udp])
        #expect(rows[1].entries.allSatisfy { $0.status == .unassigned && $0.service == nil })
        #expect(rows[2].entries[0].references == ["RFC3501", "RFC9051"])
        #expect(rows[3].entries[0].ports == nil)
    }

    @Test func badPortIsAnErrorWithLine() {
        let csv = IANACSV.header.joined(separator: ",") + "\nfoo,99999,tcp,Foo,,,,,,,,\n"
        #expect(throws: KnowledgeError.malformedCSV(line: 2, reason: "\"99999\" is not a port or a port range")) {
            try IANACSV.parse(csv)
        }
    }

    @Test(arguments: [
        ("", "Unassigned", RegistrationStatus.unassigned),
        ("", "unassigned", .unassigned),
        ("", "Reserved", .reserved),
        ("", "De-registered", .unassigned),
        ("", "any private mail system", .reserved),
        ("http", "World Wide Web HTTP", .assigned),
    ])
    func statusClassification(name: String, description: String, expected: RegistrationStatus) {
        #expect(RegistrationStatus.classify(serviceName: name, description: description) == expected)
    }
}

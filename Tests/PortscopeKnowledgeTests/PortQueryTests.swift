import Testing
@testable import PortscopeKnowledge

@Suite struct PortQueryTests {
    @Test(arguments: [
        ("60776", PortQuery.number(Port(60776), nil)),
        ("0", .number(Port(0), nil)),
        ("65535", .number(Port(65535), nil)),
        ("443/tcp", .number(Port(443), .tcp)),
        ("5060/UDP", .number(Port(5060), .udp)),
        ("9/sctp", .number(Port(9), .sctp)),
        ("9/dccp", .number(Port(9), .dccp)),
        ("https", .service("https", nil)),
        ("sip/udp", .service("sip", .udp)),
        ("cl/1", .service("cl/1", nil)),
        ("914c/g", .service("914c/g", nil)),
        ("whois++", .service("whois++", nil)),
        ("3com-tsmux", .service("3com-tsmux", nil)),
    ])
    func accepts(input: String, expected: PortQuery) throws {
        #expect(try PortQuery.parse(input) == expected)
    }

    @Test(arguments: [
        ("70000", "out of range"),
        ("65536", "out of range"),
        ("999999", "out of range"),
        ("-1", "negative numbers are not ports"),
        ("+80", "ports take no sign"),
        ("", "it is empty"),
        (" 80", "whitespace"),
        ("80 ", "whitespace"),
        ("8\t0", "whitespace"),
        ("08080", "did you mean 8080?"),
        ("00", "did you mean 0?"),
        ("0x50", "hexadecimal"),
        ("80.5", "not a decimal number"),
        ("/udp", "nothing comes before"),
        ("ab!c", "neither a number"),
        ("héllo", "neither a number"),
    ])
    func rejects(input: String, reason: String) {
        #expect {
            try PortQuery.parse(input)
        } throws: { error in
            guard case let KnowledgeError.invalidPort(_, message) = error else { return false }
            return message.contains(reason)
        }
    }

    @Test func rejectsUnknownProtocol() {
        #expect(throws: KnowledgeError.unknownProtocol(input: "80/xyz", protocolName: "xyz")) {
            try PortQuery.parse("80/xyz")
        }
    }

    @Test func errorMessagesMakeControlCharactersVisible() {
        let error = KnowledgeError.invalidPort(input: "8\u{1B}[2J", reason: "x")
        #expect(error.description.contains("\\u{1b}[2J"))
        #expect(!error.description.contains("\u{1B}"))
    }
}

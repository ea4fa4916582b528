import Testing
@testable import PortscopeHost

@Suite struct SysctlParserTests {
    @Test func tabSeparatedRange() throws {
        #expect(try SysctlParser.parseRange("32768\t60999\n") == 32768...60999)
        #expect(try SysctlParser.parseRange("1024 65535") == 1024...65535)
    }

    @Test(arguments: ["", "32768\n", "a\tb\n", "60999\t32768\n", "1\t2\t3\n", "32768\t70000\n"])
    func badRanges(text: String) {
        #expect(throws: SysctlParseError.self) { try SysctlParser.parseRange(text) }
    }

    @Test func reservedLists() throws {
        #expect(try SysctlParser.parseReservedPorts("1,2-4,10-10\n") == [1...4, 10...10])
        #expect(try SysctlParser.parseReservedPorts("\n") == [])
        #expect(try SysctlParser.parseReservedPorts("") == [])
        #expect(try SysctlParser.parseReservedPorts("50000-50010,8080,49990-50001") == [8080...8080, 49990...50010])
    }

    @Test(arguments: ["1,,2", "a", "5-3", "1-2-3", "70000", "-5"])
    func badReservedLists(text: String) {
        #expect(throws: SysctlParseError.self) { try SysctlParser.parseReservedPorts(text) }
    }

    @Test func integers() throws {
        #expect(try SysctlParser.parseInteger("1024\n") == 1024)
        #expect(throws: SysctlParseError.self) { try SysctlParser.parseInteger("ten\n") }
    }
}

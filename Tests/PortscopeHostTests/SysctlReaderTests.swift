import PortscopeSystem
import PortscopeTesting
import Testing
@testable import PortscopeHost

@Suite struct SysctlReaderTests {
    func reader(_ fixture: String) -> SysctlReader {
        SysctlReader(root: ProcRoot(TestPaths.inPackage("Tests/PortscopeHostTests/Fixtures/proc/\(fixture)")))
    }

    @Test func defaults() throws {
        let settings = try reader("default").portSettings()
        #expect(settings.localPortRange == 32768...60999)
        #expect(settings.reservedPorts == [])
        #expect(settings.unprivilegedPortStart == 1024)
        #expect(settings.source.hasSuffix("proc/default/sys/net/ipv4/ip_local_port_range"))
        #expect(settings.notes.isEmpty)
    }

    @Test func reservedAndUnprivilegedZero() throws {
        let settings = try reader("reserved").portSettings()
        #expect(settings.localPortRange == 40000...50000)
        #expect(settings.reservedPorts == [1...4, 10...10, 45000...45020])
        #expect(settings.unprivilegedPortStart == 0)
    }

    @Test func oldKernelAssumesAndSaysSo() throws {
        let settings = try reader("old-kernel").portSettings()
        #expect(settings.localPortRange == 32768...61000)
        #expect(settings.unprivilegedPortStart == 1024)
        #expect(settings.notes.count == 2)
        #expect(settings.notes[1].description.contains("kernel before 4.11"))
    }

    @Test func malformedFileIsAClearError() {
        #expect {
            try reader("malformed").portSettings()
        } throws: { error in
            guard let error = error as? HostError, case let .malformed(path, content, reason) = error else { return false }
            return path.hasSuffix("ip_local_port_range") && content == "hello world"
                && reason.contains("not port numbers") && error.description.contains("holds \"hello world\"")
        }
    }

    @Test func missingProcIsAClearError() {
        #expect(throws: HostError.unreadable(path: "/nonexistent/sys/net/ipv4/ip_local_port_range", errno: .noSuchFileOrDirectory)) {
            try SysctlReader(root: ProcRoot("/nonexistent")).portSettings()
        }
    }

    #if os(Linux)
    @Test func liveProcSys() throws {
        let settings = try SysctlReader(root: ProcRoot("/proc")).portSettings()
        // Whatever this host uses, the kernel keeps the range inside 1–65535 and ordered.
        #expect(settings.localPortRange.lowerBound >= 1)
        #expect(settings.localPortRange.count > 1)
        let raw = try SystemFile.readText("/proc/sys/net/ipv4/ip_local_port_range")
        #expect(raw.split(whereSeparator: \.isWhitespace).map(String.init) == [String(settings.localPortRange.lowerBound), String(settings.localPortRange.upperBound)])
    }
    #endif
}

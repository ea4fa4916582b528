// A stored registry copy (the compact format): damaged or hostile copies must only be
// refused or have lines skipped.
#if canImport(Glibc)
import Glibc
#endif
import CFuzzDriver
import PortscopeKnowledge

/// One input; libFuzzer finds this symbol too (its driver insists on it).
@_cdecl("LLVMFuzzerTestOneInput")
func check(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    guard let registry = try? ServiceRegistry(text: text) else { return 0 }
    _ = registry.validate()
    _ = registry.allEntries()
    for port: UInt16 in [0, 1, 22, 80, 443, 8080, 40000, 65535] {
        _ = registry.entries(for: Port(port))
        _ = registry.entries(for: Port(port), transport: .udp)
    }
    _ = registry.entries(named: "http")
    _ = registry.suggestions(for: "htp")
    _ = registry.takenPorts(for: [.tcp, .udp])
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, check))

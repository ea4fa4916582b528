// IANA's CSV as `registry update --from` reads it (a file or a download), then encoded into
// the registry format and looked up.
#if canImport(Glibc)
import Glibc
#endif
import CFuzzDriver
import PortscopeKnowledge

/// One input; libFuzzer finds this symbol too (its driver insists on it).
@_cdecl("LLVMFuzzerTestOneInput")
func check(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    guard let rows = try? IANACSV.parse(text) else { return 0 }
    guard let registry = try? ServiceRegistry(text: RegistryFormat.encode(rows, source: "fuzz")) else { return 0 }
    _ = registry.validate()
    for port: UInt16 in [0, 1, 80, 443, 8080, 65535] { _ = registry.entries(for: Port(port)) }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, check))

// The kernel's BTF as portscope's BPF loader reads it (/sys/kernel/btf/vmlinux, or the file
// PORTSCOPE_BTF_PATH names): indexed, searched, and used to relocate the program's fields.
#if canImport(Glibc)
import Glibc
#endif
import CFuzzDriver
import PortscopeProcesses

/// One input; libFuzzer finds this symbol too (its driver insists on it).
@_cdecl("LLVMFuzzerTestOneInput")
func check(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    // Relocating never loads anything: any input may pass or fail, but never read past its end.
    _ = BPFSocketWalker.relocationFailure(btf: Array(UnsafeBufferPointer(start: data, count: count)))
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, check))

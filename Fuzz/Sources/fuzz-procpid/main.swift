// /proc/PID files: stat, status, cgroup, cmdline, comm, descriptor and namespace links. Any
// local user chooses most of these bytes (process names, argv, cgroup names).
#if canImport(Glibc)
import Glibc
#endif
import CFuzzDriver
import PortscopeProcesses

/// One input; libFuzzer finds this symbol too (its driver insists on it).
@_cdecl("LLVMFuzzerTestOneInput")
func check(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    _ = ProcStat.parse(bytes)
    _ = ProcStatus.parse(bytes)
    _ = CgroupParser.container(fromCgroup: bytes)
    _ = ProcParsers.commandLine(bytes)
    _ = ProcParsers.name(comm: bytes)
    _ = ProcParsers.namespaceInode(bytes)
    _ = bytes.withUnsafeBufferPointer { ProcParsers.socketInode($0) }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, check))

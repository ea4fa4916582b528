// `nft -j list ruleset` output (root's tool, but a saved ruleset can come from anywhere via
// PORTSCOPE_NFT_RULESET): decoded, then searched for forwards of a few ports, jumps followed;
// and nf_tables chain dumps (the nat-chain probe).
#if canImport(Glibc)
import Glibc
#endif
import CFuzzDriver
import PortscopeForwarding

/// One input; libFuzzer finds this symbol too (its driver insists on it).
@_cdecl("LLVMFuzzerTestOneInput")
func check(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    // The same bytes as an nf_tables chain dump (the probe that decides whether nft runs).
    _ = NatChainScan.scan(bytes)
    // And as legacy iptables-save text.
    let legacy = NftRuleset(rules: IptablesSaveParser.rules(String(decoding: bytes, as: UTF8.self), family: "ip"))
    for port: UInt16 in [0, 8080, 65535] { _ = ForwardFinder.forwards(in: legacy, port: port, transports: ["tcp", "udp"]) }
    guard let ruleset = try? NftRuleset(json: bytes) else { return 0 }
    for port: UInt16 in [0, 80, 8080, 30080, 65535] {
        for forward in ForwardFinder.forwards(in: ruleset, port: port, transports: ["tcp", "udp"]) { _ = forward.destination }
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, check))

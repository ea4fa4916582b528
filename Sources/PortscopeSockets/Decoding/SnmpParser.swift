/// Reads `/proc/net/snmp`: pairs of lines, a header and values, per protocol.
///
/// `Tcp: … ActiveOpens PassiveOpens …` count every connection this network namespace has
/// started (connect) or accepted (SYN received); if neither moved since the last sample, no
/// new TCP connection exists that was not there before.
public enum SnmpParser {
    /// Every counter of the `prefix` lines (`Tcp:` in `/proc/net/snmp`, `TcpExt:` in
    /// `/proc/net/netstat`): a header line of names, then a line of values.
    public static func counters(_ text: String, prefix: String) -> [String: UInt64] {
        let lines = text.split(separator: "\n").filter { $0.hasPrefix(prefix) }
        guard lines.count >= 2 else { return [:] }
        let names = lines[0].split(separator: " ").dropFirst()
        let values = lines[1].split(separator: " ").dropFirst()
        guard names.count == values.count else { return [:] }
        var counters: [String: UInt64] = [:]
        for (name, value) in zip(names, values) {
            if let number = UInt64(value) { counters[String(name)] = number }
        }
        return counters
    }

    /// ActiveOpens + PassiveOpens from the `Tcp:` lines; nil when absent.
    public static func tcpOpens(_ text: String) -> UInt64? {
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("Tcp:") }
        guard lines.count >= 2 else { return nil }
        let names = lines[0].split(separator: " ")
        let values = lines[1].split(separator: " ")
        guard names.count == values.count,
              let active = names.firstIndex(of: "ActiveOpens"), let passive = names.firstIndex(of: "PassiveOpens"),
              let a = UInt64(values[active]), let p = UInt64(values[passive]) else { return nil }
        return a &+ p
    }
}

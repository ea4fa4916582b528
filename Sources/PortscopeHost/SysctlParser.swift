/// Parsers for the port sysctls under `/proc/sys/net/ipv4/`.
///
/// Pure functions on the file text, so fixtures test them; ``SysctlReader`` does the reading.
public enum SysctlParser {
    /// Parses `ip_local_port_range`: two numbers separated by a tab, e.g. `"32768\t60999\n"`.
    public static func parseRange(_ text: String) throws(SysctlParseError) -> ClosedRange<UInt16> {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        guard fields.count == 2 else {
            throw SysctlParseError("expected two port numbers separated by a tab")
        }
        guard let low = UInt16(fields[0]), let high = UInt16(fields[1]) else {
            throw SysctlParseError("the range ends are not port numbers (0–65535)")
        }
        guard low <= high else {
            throw SysctlParseError("the range is empty (\(low) > \(high))")
        }
        return low...high
    }

    /// Parses `ip_local_reserved_ports`: a comma list of ports and ranges, e.g. `"1,2-4,10-10\n"`;
    /// an empty file means no reserved ports. Ranges come back merged and sorted.
    public static func parseReservedPorts(_ text: String) throws(SysctlParseError) -> [ClosedRange<UInt16>] {
        let body = text.filter { $0 != "\n" && $0 != " " && $0 != "\t" }
        if body.isEmpty { return [] }
        var ranges: [ClosedRange<UInt16>] = []
        for item in body.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = item.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(ends.count), let low = UInt16(ends[0]), let high = UInt16(ends[ends.count - 1]) else {
                throw SysctlParseError("\"\(item)\" is not a port or a port range")
            }
            guard low <= high else {
                throw SysctlParseError("\"\(item)\" is an empty range")
            }
            ranges.append(low...high)
        }
        return merge(ranges)
    }

    /// Parses a file holding one integer, e.g. `ip_unprivileged_port_start` (`"1024\n"`).
    public static func parseInteger(_ text: String) throws(SysctlParseError) -> Int {
        let trimmed = text.filter { $0 != "\n" && $0 != " " && $0 != "\t" }
        guard let value = Int(trimmed) else {
            throw SysctlParseError("expected one integer")
        }
        return value
    }

    /// Sorts ranges and merges overlapping or adjacent ones.
    static func merge(_ ranges: [ClosedRange<UInt16>]) -> [ClosedRange<UInt16>] {
        var merged: [ClosedRange<UInt16>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, Int(range.lowerBound) <= Int(last.upperBound) + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}

/// Why a sysctl file's text could not be parsed.
public struct SysctlParseError: Error, Equatable, Sendable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}

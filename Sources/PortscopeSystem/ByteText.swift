/// Byte-level helpers for parsing kernel text (`/proc`, `/proc/sys`, `/proc/net`).
///
/// Kernel files mix fixed ASCII fields with text any local user chooses (process names,
/// cgroup names). Parsing them as Swift `String`s splits by grapheme clusters, so a hostile
/// character can glue itself to a separator (`srv\u{0600}` + `)` is one `Character`) and move
/// field boundaries. Parsers therefore work on bytes and decode only what they show.
public enum ByteText {
    /// The lines of `bytes`, split at `\n` (a trailing empty line is dropped).
    public static func lines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var result = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    /// The lines of `bytes`, split at `\n` (a trailing empty line is dropped).
    public static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        lines(bytes[...])
    }

    /// Fields separated by runs of spaces or tabs.
    public static func fields(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        line.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
    }

    /// Whether `line` starts with the ASCII `prefix`.
    public static func hasPrefix(_ line: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard line.count >= count else { return false }
        return prefix.withUTF8Buffer { expected in
            var index = line.startIndex
            for byte in expected {
                if line[index] != byte { return false }
                index += 1
            }
            return true
        }
    }

    /// A decimal number made of ASCII digits only (no sign, no spaces), or nil when empty,
    /// not digits, or too large for `T`.
    public static func decimal<T: FixedWidthInteger, Bytes: Collection<UInt8>>(_ field: Bytes, as type: T.Type = T.self) -> T? {
        guard !field.isEmpty else { return nil }
        var value: T = 0
        for byte in field {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(T(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return value
    }

    /// A hexadecimal number (digits and `a-f`/`A-F` only), or nil.
    public static func hexadecimal<T: FixedWidthInteger, Bytes: Collection<UInt8>>(_ field: Bytes, as type: T.Type = T.self) -> T? {
        guard !field.isEmpty else { return nil }
        var value: T = 0
        for byte in field {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 16)
            let (sum, overflow2) = times.addingReportingOverflow(T(digit))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return value
    }

    /// The bytes as text for display (invalid UTF-8 becomes U+FFFD).
    public static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

/// The compact line format the registry is stored in (built in, and the user's refreshed copy).
///
/// One header line, then one line per IANA CSV row, sorted by first port (stable, so IANA's
/// order within a port is kept), rows without a port last. Fields are separated by tabs:
///
///     ports  protocols  status  service  description  references  notes  unauthorized  registered  modified
///     443    tus        a       https    http protocol over TLS/SSL   RFC9110   …
///
/// `ports` is `443`, `6000-6063` or empty; `protocols` holds one letter per protocol
/// (`t` tcp, `u` udp, `s` sctp, `d` dccp); `status` is `a`, `r` or `u`; `references` are
/// separated by `|` (a `|` inside one is `\|`). Inside fields `\\`, `\t` and `\n` stand for a backslash,
/// a tab and a newline. See docs/registry-format.md.
public enum RegistryFormat {
    /// The first token of the header line.
    public static let magic = "#portscope-registry"
    public static let version = 1

    /// Metadata carried in the header line.
    public struct Header: Equatable, Sendable {
        /// The newest registration or modification date found in the data.
        public var updated: String
        /// How many data lines follow.
        public var rows: Int
        /// Where the data came from (a file name or URL).
        public var source: String
        /// The widest port range of any line (last − first); bounds the search for ranges
        /// that cover a port. Nil in a header that does not say (then all lines are searched).
        public var maxSpan: Int?

        public init(updated: String, rows: Int, source: String, maxSpan: Int? = nil) {
            self.updated = updated
            self.rows = rows
            self.source = source
            self.maxSpan = maxSpan
        }
    }

    /// Encodes parsed CSV rows as registry text (header line included).
    public static func encode(_ rows: [IANACSV.Row], source: String) -> String {
        let sorted = rows.enumerated().sorted { a, b in
            let pa = a.element.entries.first?.ports?.lowerBound.asInt ?? Int.max
            let pb = b.element.entries.first?.ports?.lowerBound.asInt ?? Int.max
            return pa != pb ? pa < pb : a.offset < b.offset
        }.map(\.element)
        var updated = ""
        var maxSpan = 0
        for entry in rows.compactMap(\.entries.first) {
            updated = max(updated, entry.registered, entry.modified)
            if let ports = entry.ports { maxSpan = max(maxSpan, Int(ports.upperBound) - Int(ports.lowerBound)) }
        }
        let header = Header(updated: updated, rows: sorted.count, source: source, maxSpan: maxSpan)
        var out = encodeHeader(header) + "\n"
        for row in sorted {
            guard let line = encodeLine(row.entries) else { continue }
            out += line
            out += "\n"
        }
        return out
    }

    static func encodeHeader(_ header: Header) -> String {
        var line = "\(magic) \(version)\tupdated=\(escape(header.updated))\trows=\(header.rows)"
        if let maxSpan = header.maxSpan { line += "\tmaxspan=\(maxSpan)" }
        return line + "\tsource=\(escape(header.source))"
    }

    /// Encodes the entries of one CSV row (they differ only in protocol).
    static func encodeLine(_ entries: [ServiceEntry]) -> String? {
        guard let entry = entries.first else { return nil }
        let ports = entry.ports.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" } ?? ""
        let protocols = String(entries.map(\.transport.letter))
        let fields = [
            ports, protocols, String(entry.status.letter), entry.service ?? "", entry.description,
        ]
        let rest = [entry.notes, entry.unauthorizedUse, entry.registered, entry.modified]
        let references = entry.references.map { escape($0).replacingPipes() }.joined(separator: "|")
        return (fields.map(escape) + [references] + rest.map(escape)).joined(separator: "\t")
    }

    /// Parses a header line; nil when it is not a registry header of a known version.
    public static func decodeHeader(_ line: Substring) -> Header? {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.first == "\(magic) \(version)" else { return nil }
        var header = Header(updated: "", rows: 0, source: "")
        for field in fields.dropFirst() {
            guard let eq = field.firstIndex(of: "=") else { continue }
            let value = unescape(field[field.index(after: eq)...])
            switch field[..<eq] {
            case "updated": header.updated = value
            case "rows": header.rows = Int(value) ?? 0
            case "source": header.source = value
            case "maxspan": header.maxSpan = Int(value)
            default: break
            }
        }
        return header
    }

    /// Decodes one data line into one entry per protocol.
    static func decodeLine(_ line: Substring, number: Int) throws(KnowledgeError) -> [ServiceEntry] {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 10 else {
            throw .malformedRegistry(line: number, reason: "expected 10 tab-separated fields, found \(fields.count)")
        }
        let ports: ClosedRange<UInt16>?
        if fields[0].isEmpty {
            ports = nil
        } else if let range = parsePortField(fields[0]) {
            ports = range
        } else {
            throw .malformedRegistry(line: number, reason: "bad port field \"\(fields[0])\"")
        }
        var transports: [TransportProtocol] = []
        for letter in fields[1] {
            guard let transport = TransportProtocol(letter: letter) else {
                throw .malformedRegistry(line: number, reason: "bad protocol letter \"\(letter)\"")
            }
            transports.append(transport)
        }
        guard !transports.isEmpty else {
            throw .malformedRegistry(line: number, reason: "no protocol")
        }
        guard fields[2].count == 1, let status = RegistrationStatus(letter: fields[2].first!) else {
            throw .malformedRegistry(line: number, reason: "bad status \"\(fields[2])\"")
        }
        let service = unescape(fields[3])
        let references = splitReferences(fields[5])
        return transports.map { transport in
            ServiceEntry(
                service: service.isEmpty ? nil : service, ports: ports, transport: transport, status: status,
                description: unescape(fields[4]), references: references, notes: unescape(fields[6]),
                unauthorizedUse: unescape(fields[7]), registered: unescape(fields[8]), modified: unescape(fields[9])
            )
        }
    }

    /// Splits the references field at `|` (a literal `|` inside a reference is `\|`).
    static func splitReferences(_ field: Substring) -> [String] {
        guard !field.isEmpty else { return [] }
        var references: [String] = []
        var current = ""
        var escaping = false
        for character in field {
            if escaping {
                current.append("\\")
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "|" {
                references.append(unescape(current))
                current = ""
            } else {
                current.append(character)
            }
        }
        references.append(unescape(current))
        return references
    }

    /// Parses `80` or `6000-6063`.
    static func parsePortField(_ field: Substring) -> ClosedRange<UInt16>? {
        if let dash = field.firstIndex(of: "-") {
            guard let first = UInt16(field[..<dash]), let last = UInt16(field[field.index(after: dash)...]), first <= last else {
                return nil
            }
            return first...last
        }
        return UInt16(field).map { $0...$0 }
    }

    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return text }
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default: out.append(character)
            }
        }
        return out
    }

    static func unescape<S: StringProtocol>(_ text: S) -> String {
        guard text.contains("\\") else { return String(text) }
        var out = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "t": out.append("\t")
                case "n": out.append("\n")
                default: out.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}

extension TransportProtocol {
    /// The one-letter code used by ``RegistryFormat``.
    var letter: Character {
        switch self {
        case .tcp: "t"
        case .udp: "u"
        case .sctp: "s"
        case .dccp: "d"
        }
    }

    init?(letter: Character) {
        switch letter {
        case "t": self = .tcp
        case "u": self = .udp
        case "s": self = .sctp
        case "d": self = .dccp
        default: return nil
        }
    }
}

extension RegistrationStatus {
    var letter: Character {
        switch self {
        case .assigned: "a"
        case .reserved: "r"
        case .unassigned: "u"
        }
    }

    init?(letter: Character) {
        switch letter {
        case "a": self = .assigned
        case "r": self = .reserved
        case "u": self = .unassigned
        default: return nil
        }
    }
}

extension String {
    /// Escapes `|`, the separator between references.
    func replacingPipes() -> String {
        contains("|") ? split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") : self
    }
}

extension UInt16 {
    var asInt: Int { Int(self) }
}

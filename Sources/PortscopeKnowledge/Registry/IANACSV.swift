/// Reads IANA's `service-names-port-numbers.csv` into ``ServiceEntry`` values.
///
/// The file's columns are: Service Name, Port Number, Transport Protocol, Description,
/// Assignee, Contact, Registration Date, Modification Date, Reference, Service Code,
/// Unauthorized Use Reported, Assignment Notes. The port is one number (`80`), a range
/// (`6000-6063`) or empty (a DNS-SD name without a port). An empty protocol means the row
/// applies to both tcp and udp.
public enum IANACSV {
    /// The header IANA's file starts with.
    public static let header = [
        "Service Name", "Port Number", "Transport Protocol", "Description", "Assignee", "Contact",
        "Registration Date", "Modification Date", "Reference", "Service Code",
        "Unauthorized Use Reported", "Assignment Notes",
    ]

    /// One CSV row turned into entries, with the line it came from.
    public struct Row: Sendable {
        public var line: Int
        public var entries: [ServiceEntry]

        public init(line: Int, entries: [ServiceEntry]) {
            self.line = line
            self.entries = entries
        }
    }

    /// Parses the whole CSV text, checking the header and every row.
    public static func parse(_ text: String) throws(KnowledgeError) -> [Row] {
        let records = try CSVReader.records(in: text)
        guard let first = records.first else {
            throw .malformedCSV(line: 1, reason: "the file is empty")
        }
        let found = first.fields.map { $0.trimmingBOM() }
        guard Array(found.prefix(4)) == Array(header.prefix(4)) else {
            throw .malformedCSV(line: 1, reason: "the header is not IANA's (expected \"\(header.prefix(4).joined(separator: ","))…\", found \"\(found.prefix(4).joined(separator: ","))\")")
        }
        var rows: [Row] = []
        rows.reserveCapacity(records.count)
        for record in records.dropFirst() {
            if record.fields.count == 1, record.fields[0].isEmpty { continue }
            rows.append(Row(line: record.line, entries: try entries(from: record)))
        }
        if rows.isEmpty {
            throw .malformedCSV(line: 2, reason: "the file has a header but no rows")
        }
        return rows
    }

    /// Turns one record into one entry per protocol it stands for.
    static func entries(from record: CSVReader.Record) throws(KnowledgeError) -> [ServiceEntry] {
        var fields = record.fields
        guard fields.count >= 4 else {
            throw .malformedCSV(line: record.line, reason: "expected 12 columns, found \(fields.count)")
        }
        while fields.count < header.count { fields.append("") }
        let name = fields[0].trimmed()
        let ports = try parsePorts(fields[1].trimmed(), line: record.line)
        let protoText = fields[2].trimmed()
        let transports: [TransportProtocol]
        if protoText.isEmpty {
            transports = [.tcp, .udp]
        } else if let proto = TransportProtocol(name: protoText) {
            transports = [proto]
        } else {
            throw .malformedCSV(line: record.line, reason: "unknown transport protocol \"\(protoText)\"")
        }
        let description = fields[3].trimmed()
        let status = RegistrationStatus.classify(serviceName: name, description: description)
        return transports.map { transport in
            ServiceEntry(
                service: name.isEmpty ? nil : name,
                ports: ports,
                transport: transport,
                status: status,
                description: description,
                references: parseReferences(fields[8]),
                notes: fields[11].trimmed(),
                unauthorizedUse: fields[10].trimmed(),
                registered: fields[6].trimmed(),
                modified: fields[7].trimmed()
            )
        }
    }

    /// Parses `80`, `6000-6063` or an empty field (no port).
    static func parsePorts(_ text: String, line: Int) throws(KnowledgeError) -> ClosedRange<UInt16>? {
        if text.isEmpty { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, let first = UInt16(parts[0]), let last = UInt16(parts.last!), first <= last else {
            throw .malformedCSV(line: line, reason: "\"\(text)\" is not a port or a port range")
        }
        return first...last
    }

    /// Splits `[RFC3501][RFC9051]` into `["RFC3501", "RFC9051"]`; text outside brackets is kept as one reference.
    static func parseReferences(_ text: String) -> [String] {
        var references: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "[":
                if depth == 0 {
                    let loose = current.trimmed()
                    if !loose.isEmpty { references.append(loose) }
                    current = ""
                } else {
                    current.append(character)
                }
                depth += 1
            case "]" where depth > 0:
                depth -= 1
                if depth == 0 {
                    let reference = current.trimmed()
                    if !reference.isEmpty { references.append(reference) }
                    current = ""
                } else {
                    current.append(character)
                }
            default:
                current.append(character)
            }
        }
        let rest = current.trimmed()
        if !rest.isEmpty { references.append(rest) }
        return references
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmed() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }

    func trimmingBOM() -> String {
        hasPrefix("\u{FEFF}") ? String(dropFirst()) : self
    }
}

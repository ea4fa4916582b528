/// A reader for RFC 4180 CSV text: quoted fields may hold commas, doubled quotes and newlines.
///
/// `"a,""b""",c` reads as `["a,\"b\"", "c"]`. CRLF and LF line ends are both accepted.
struct CSVReader {
    /// One record with the line number it starts on (1-based).
    struct Record {
        var line: Int
        var fields: [String]
    }

    /// Reads every record of `text`; a final empty line is ignored.
    static func records(in text: String) throws(KnowledgeError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        let bytes = Array(text.utf8)
        var i = 0

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }

        while i < bytes.count {
            let byte = bytes[i]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    if byte != UInt8(ascii: "\r") { field.append(byte) }
                }
            } else {
                switch byte {
                case UInt8(ascii: ","):
                    endField()
                case UInt8(ascii: "\""):
                    guard field.isEmpty, !fieldWasQuoted else {
                        throw .malformedCSV(line: line, reason: "a quote appears inside an unquoted field")
                    }
                    inQuotes = true
                    fieldWasQuoted = true
                case UInt8(ascii: "\r"):
                    break
                case UInt8(ascii: "\n"):
                    endField()
                    records.append(Record(line: recordLine, fields: fields))
                    fields.removeAll(keepingCapacity: true)
                    line += 1
                    recordLine = line
                default:
                    if fieldWasQuoted {
                        throw .malformedCSV(line: line, reason: "text follows a closing quote")
                    }
                    field.append(byte)
                }
            }
            i += 1
        }
        if inQuotes {
            throw .malformedCSV(line: recordLine, reason: "a quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
            endField()
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}

/// Aligns rows of cells into columns (left-aligned, two spaces apart).
///
/// Widths are counted in characters, ignoring ANSI colour codes, so styled cells align.
public struct TextTable {
    public var rows: [[String]] = []
    public var indent: Int

    public init(indent: Int = 2) {
        self.indent = indent
    }

    public mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    /// The table as lines; the last column is not padded.
    public func render() -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() where index < columns - 1 {
                widths[index] = max(widths[index], TextTable.visibleWidth(cell))
            }
        }
        let pad = String(repeating: " ", count: indent)
        return rows.map { row in
            var line = pad
            for (index, cell) in row.enumerated() {
                line += cell
                if index < row.count - 1 {
                    line += String(repeating: " ", count: widths[index] - TextTable.visibleWidth(cell) + 2)
                }
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// Characters shown, not counting ANSI escape sequences.
    static func visibleWidth(_ text: String) -> Int {
        var count = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }
}

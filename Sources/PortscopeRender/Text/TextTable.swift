/// Aligns rows of cells into columns (left-aligned, two spaces apart).
///
/// Widths are counted in terminal columns (wide CJK characters count two, combining marks
/// none), ignoring ANSI colour codes, so styled cells align.
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

    /// Terminal columns shown (``DisplayWidth``), not counting ANSI escape sequences.
    static func visibleWidth(_ text: String) -> Int {
        DisplayWidth.of(text)
    }
}

/// Reads a list of observed source ports: one per line; blank lines and `#` comments are
/// skipped; a line may also be `address:port` or `address port` (the last number counts).
public enum PortList {
    public static func parse(_ text: String) throws(KnowledgeError) -> [Int] {
        var ports: [Int] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = String(content).trimmed()
            if trimmed.isEmpty { continue }
            let last = trimmed.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "\t" || $0 == "," }).last.map(String.init) ?? ""
            guard let port = Int(last), (0...65535).contains(port) else {
                throw .invalidPort(input: trimmed, reason: "line \(number) of the ports file does not end in a port number (0–65535)")
            }
            ports.append(port)
        }
        return ports
    }
}

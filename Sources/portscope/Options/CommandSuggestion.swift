import Portscope
import PortscopeKnowledge

/// Recognises a mistyped command name (`whoo`, `lss`, `helpp`) before it is taken for an IANA
/// service name, which would answer with unrelated services.
enum CommandSuggestion {
    /// The command `word` most likely meant, or nil when it is a port, an IANA service, or
    /// not close to any command. The registry is consulted only for words close to a command.
    static func likelyCommand(_ word: String, among commands: [String]) -> String? {
        let lower = word.lowercased()
        guard let first = lower.unicodeScalars.first, !("0"..."9").contains(first), !lower.contains("/") else { return nil }
        let scored = commands.map { ($0, distance(lower, $0)) }.filter { command, distance in
            distance <= (command.count <= 3 ? 1 : 2)
        }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        // A real service name (`who` is also 513/udp, `help` is 42) stays a service.
        if !LoadedRegistry.load().registry.entries(named: word).isEmpty { return nil }
        return best.0
    }

    /// Levenshtein distance between two short words.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Finds the names closest to a mistyped one.
///
/// Ranks by optimal-string-alignment distance (insertions, deletions, substitutions and
/// adjacent swaps each cost 1), then prefers names that start with the query.
enum NameSuggester {
    /// The closest `limit` candidates; among equally close names, those with a port come
    /// first, lower (better-known) ports before higher ones.
    static func closest(to query: String, among candidates: [(name: String, port: UInt16?)], limit: Int) -> [(name: String, port: UInt16?)] {
        let q = Array(query.utf8)
        guard !q.isEmpty, limit > 0 else { return [] }
        let budget = max(1, min(3, q.count / 3))
        var scored: [(distance: Int, prefix: Bool, rank: Int, index: Int)] = []
        for (index, candidate) in candidates.enumerated() {
            let n = Array(candidate.name.utf8)
            let prefix = n.starts(with: q)
            if abs(n.count - q.count) > budget, !prefix { continue }
            let distance = prefix ? min(1, n.count - q.count) : osaDistance(q, n, cutoff: budget)
            if distance <= budget { scored.append((distance, prefix, candidate.port.map(Int.init) ?? 70000, index)) }
        }
        scored.sort {
            if $0.distance != $1.distance { return $0.distance < $1.distance }
            if $0.prefix != $1.prefix { return $0.prefix }
            if $0.rank != $1.rank { return $0.rank < $1.rank }
            return candidates[$0.index].name < candidates[$1.index].name
        }
        return scored.prefix(limit).map { candidates[$0.index] }
    }

    /// Optimal string alignment distance; returns `cutoff + 1` once it must exceed `cutoff`.
    static func osaDistance(_ a: [UInt8], _ b: [UInt8], cutoff: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > cutoff { return cutoff + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

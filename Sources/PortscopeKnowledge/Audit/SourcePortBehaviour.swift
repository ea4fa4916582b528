/// How a system chooses source ports, in RFC 6056's terms, judged from samples.
public enum SourcePortBehaviour: String, Sendable, Codable {
    /// One global counter: consecutive choices are close whatever the destination.
    case sequential
    /// Per-destination offsets with a counter shared by all destinations (RFC 6056 §3.3.3,
    /// algorithm 3): each destination's steps grow with traffic to the others.
    case perDestinationSharedCounter = "per-destination incremental (algorithm 3)"
    /// Per-destination offsets and separate counters (RFC 6056 §3.3.4, algorithm 4,
    /// "double-hash"): Linux's connect() since 5.12, with small random increments since 5.18.
    case perDestinationIncremental = "per-destination incremental (algorithm 4)"
    /// No structure found: every choice looks independent (algorithms 1, 2 or 5).
    case random
    /// The samples fit none of the above.
    case unclassified

    /// One sentence for people.
    public var explanation: String {
        switch self {
        case .sequential:
            "one global counter: consecutive connections get nearby ports whatever the destination, so anyone who sees one port can predict the next"
        case .perDestinationSharedCounter:
            "RFC 6056 algorithm 3: each destination starts at its own hashed offset, but one counter shared by all destinations moves them, so traffic to one destination shows in the ports used for another"
        case .perDestinationIncremental:
            "RFC 6056 algorithm 4 (double-hash), what Linux uses for connect() since 5.12: each destination has its own offset and counter, so ports to one destination step by small increments while other destinations start far away; this is by design and does not leak across destinations"
        case .random:
            "every choice looks independent of the previous one (RFC 6056 algorithms 1, 2 or 5)"
        case .unclassified:
            "the samples fit no simple pattern"
        }
    }

    /// The samples a classification uses.
    public struct Samples: Sendable {
        /// Ports of consecutive connections to one destination.
        public var single: [Int]
        /// Ports of connections made round-robin to several destinations, with the
        /// destination index of each.
        public var interleaved: [(destination: Int, port: Int)]
        public var width: Int

        public init(single: [Int], interleaved: [(destination: Int, port: Int)] = [], width: Int) {
            self.single = single
            self.interleaved = interleaved
            self.width = width
        }
    }

    /// What the classification measured.
    public struct Evidence: Sendable, Equatable {
        /// Share of small steps between consecutive connections to one destination.
        public var singleSmallShare: Double
        /// Share of small steps between consecutive connections to different destinations.
        public var crossSmallShare: Double?
        /// Share of small steps within each destination's own sequence, when interleaved.
        public var perDestinationSmallShare: Double?
        /// Median step within one destination when interleaved ÷ median step when alone.
        public var interleavedStepRatio: Double?
    }

    /// Classifies the samples and returns the evidence it used.
    public static func classify(_ samples: Samples) -> (SourcePortBehaviour, Evidence) {
        let small = PortSampleStatistics.smallStep
        func smallShare(_ steps: [Int]) -> Double {
            steps.isEmpty ? 0 : Double(steps.filter { abs($0) <= small }.count) / Double(steps.count)
        }
        func median(_ steps: [Int]) -> Double {
            let sorted = steps.map(abs).sorted()
            return sorted.isEmpty ? 0 : Double(sorted[sorted.count / 2])
        }
        let singleSteps = PortSampleStatistics.increments(samples.single, width: samples.width)
        var evidence = Evidence(singleSmallShare: smallShare(singleSteps))
        let destinations = Set(samples.interleaved.map(\.destination)).count
        if destinations >= 2 {
            let cross = zip(samples.interleaved, samples.interleaved.dropFirst())
                .filter { $0.destination != $1.destination }
                .map { PortSampleStatistics.increments([$0.port, $1.port], width: samples.width)[0] }
            evidence.crossSmallShare = smallShare(cross)
            var within: [Int] = []
            for destination in Set(samples.interleaved.map(\.destination)) {
                within += PortSampleStatistics.increments(samples.interleaved.filter { $0.destination == destination }.map(\.port), width: samples.width)
            }
            evidence.perDestinationSmallShare = smallShare(within)
            let alone = median(singleSteps)
            evidence.interleavedStepRatio = alone > 0 ? median(within) / alone : nil
        }

        if evidence.singleSmallShare < 0.2 {
            return (evidence.singleSmallShare < 0.05 ? .random : .unclassified, evidence)
        }
        guard evidence.singleSmallShare >= 0.5 else { return (.unclassified, evidence) }
        guard let cross = evidence.crossSmallShare, let per = evidence.perDestinationSmallShare else {
            return (.sequential, evidence) // one destination only: cannot tell more
        }
        if cross >= 0.5 { return (.sequential, evidence) }
        guard per >= 0.5 else { return (.unclassified, evidence) }
        // Algorithm 3's shared counter advances for every connection, so with k destinations
        // in turn each destination's steps grow about k-fold; algorithm 4's do not.
        if let ratio = evidence.interleavedStepRatio, ratio >= Double(destinations) * 0.6, destinations >= 3 {
            return (.perDestinationSharedCounter, evidence)
        }
        return (.perDestinationIncremental, evidence)
    }
}

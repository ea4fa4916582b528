import RealModule

/// Statistics of a sequence of source ports, as used to judge their randomness.
///
/// Formulas (for ports x₁…xₙ from a range of width W):
/// - standard deviation: population σ; a uniform choice over W ports has σ = √((W²−1)/12)
///   (8150 for Linux's 28232 ports);
/// - increments δᵢ = xᵢ₊₁ − xᵢ, wrapped into (−W/2, W/2]; "small" means |δ| ≤ 64, which a
///   uniform choice hits with probability ≈ 129/W (0.5% for Linux's range);
/// - entropy: the smallest of log₂(max − min + 1), log₂(σ√12) (the width of a uniform range
///   with that σ, as DNS-OARC's porttest reports "bits"), the min-entropy −log₂(maxcount/n),
///   and the Shannon entropy of the increments in 64 buckets. With n samples no estimate
///   can exceed log₂ n, so n is always reported with it.
public struct PortSampleStatistics: Sendable, Equatable {
    public var count: Int
    public var minimum: Int
    public var maximum: Int
    public var mean: Double
    public var standardDeviation: Double
    /// Distinct ports / samples.
    public var distinctRatio: Double
    /// Share of even ports.
    public var evenShare: Double
    /// Share of increments with |δ| ≤ ``smallStep``.
    public var smallStepShare: Double
    /// Median |δ|.
    public var medianStep: Int
    /// The most common increment and its share.
    public var commonStep: Int
    public var commonStepShare: Double
    /// The longest run of strictly increasing ports.
    public var longestIncreasingRun: Int
    /// The entropy estimate in bits (see the type's documentation).
    public var entropyBits: Double
    /// log₂(σ√12), as DNS-OARC's porttest reports it.
    public var oarcBits: Double
    public var grade: PortGrade

    public static let smallStep = 64

    /// Statistics of `ports`, with increments wrapped for a range of `width` ports; nil for fewer than 2 ports.
    public init?(_ ports: [Int], width: Int = 65536) {
        guard ports.count >= 2 else { return nil }
        let n = Double(ports.count)
        count = ports.count
        minimum = ports.min()!
        maximum = ports.max()!
        mean = Double(ports.reduce(0, +)) / n
        let mean = self.mean
        standardDeviation = (ports.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / n).squareRoot()
        var frequency: [Int: Int] = [:]
        for port in ports { frequency[port, default: 0] += 1 }
        distinctRatio = Double(frequency.count) / n
        evenShare = Double(ports.filter { $0 % 2 == 0 }.count) / n
        let steps = PortSampleStatistics.increments(ports, width: width)
        smallStepShare = Double(steps.filter { abs($0) <= Self.smallStep }.count) / Double(steps.count)
        let magnitudes = steps.map(abs).sorted()
        medianStep = magnitudes[magnitudes.count / 2]
        var stepFrequency: [Int: Int] = [:]
        for step in steps { stepFrequency[step, default: 0] += 1 }
        let common = stepFrequency.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!
        commonStep = common.key
        commonStepShare = Double(common.value) / Double(steps.count)
        var run = 1
        var longest = 1
        for index in 1..<ports.count {
            run = ports[index] > ports[index - 1] ? run + 1 : 1
            longest = max(longest, run)
        }
        longestIncreasingRun = longest
        oarcBits = max(0, Double.log2(standardDeviation * 12.0.squareRoot()))
        let rangeBits = Double.log2(Double(maximum - minimum + 1))
        let minEntropy = -Double.log2(Double(frequency.values.max()!) / n)
        var buckets = [Int](repeating: 0, count: 64)
        for step in steps {
            let position = Double(step + width / 2) / Double(width)
            buckets[min(63, max(0, Int(position * 64)))] += 1
        }
        let shannon = buckets.filter { $0 > 0 }.reduce(0.0) { total, c in
            let p = Double(c) / Double(steps.count)
            return total - p * Double.log2(p)
        }
        // The bucketed-increment entropy caps at 6 bits (64 buckets); scale it to the range.
        let incrementBits = shannon / 6 * Double.log2(Double(width))
        entropyBits = max(0, [rangeBits, oarcBits, minEntropy, incrementBits].min()!)
        grade = PortGrade(standardDeviation: standardDeviation)
    }

    /// xᵢ₊₁ − xᵢ wrapped into (−width/2, width/2].
    public static func increments(_ ports: [Int], width: Int) -> [Int] {
        zip(ports, ports.dropFirst()).map { a, b in
            var step = (b - a) % width
            if step > width / 2 { step -= width }
            if step <= -width / 2 { step += width }
            return step
        }
    }

    /// σ of a uniform choice over `width` ports: √((W²−1)/12).
    public static func uniformStandardDeviation(width: Int) -> Double {
        ((Double(width) * Double(width) - 1) / 12).squareRoot()
    }
}

/// DNS-OARC porttest's grade for a standard deviation of source ports (revised 2008-07-28).
public enum PortGrade: String, Sendable, Codable {
    /// σ ≥ 3980 (≥ 13.75 bits).
    case great = "GREAT"
    /// 296 ≤ σ < 3980 (10–13.75 bits).
    case good = "GOOD"
    /// σ < 296 (< 10 bits).
    case poor = "POOR"

    public init(standardDeviation: Double) {
        self = standardDeviation >= 3980 ? .great : standardDeviation >= 296 ? .good : .poor
    }
}


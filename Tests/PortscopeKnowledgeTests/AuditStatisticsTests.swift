import Testing
@testable import PortscopeKnowledge

@Suite struct AuditStatisticsTests {
    /// A small deterministic generator (SplitMix64) so "random" samples are the same every run.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func sequentialPorts() throws {
        let ports = Array(40000..<40256)
        let s = try #require(PortSampleStatistics(ports, width: 28232))
        #expect(s.count == 256 && s.distinctRatio == 1 && s.evenShare == 0.5)
        #expect(s.smallStepShare == 1 && s.commonStep == 1 && s.commonStepShare == 1 && s.medianStep == 1)
        #expect(s.longestIncreasingRun == 256)
        #expect(abs(s.standardDeviation - 73.9) < 0.1) // √((256²−1)/12)
        #expect(s.grade == .poor)
        #expect(s.entropyBits == 0)
    }

    @Test func uniformPorts() throws {
        var generator = SplitMix(state: 42)
        let ports = (0..<1000).map { _ in Int.random(in: 32768...60999, using: &generator) }
        let s = try #require(PortSampleStatistics(ports, width: 28232))
        #expect(abs(s.standardDeviation - PortSampleStatistics.uniformStandardDeviation(width: 28232)) < 400)
        #expect(s.grade == .great)
        #expect(s.smallStepShare < 0.03)
        #expect(abs(s.evenShare - 0.5) < 0.06)
        #expect(s.entropyBits > 8.5 && s.entropyBits <= 10) // capped near log2(1000) by repeats
        #expect(s.oarcBits > 14.5)
    }

    @Test func oarcThresholds() {
        #expect(PortGrade(standardDeviation: 20000) == .great)
        #expect(PortGrade(standardDeviation: 3980) == .great)
        #expect(PortGrade(standardDeviation: 3979.9) == .good)
        #expect(PortGrade(standardDeviation: 296) == .good)
        #expect(PortGrade(standardDeviation: 295.9) == .poor)
        #expect(PortGrade(standardDeviation: 0) == .poor)
        #expect(PortSampleStatistics([5, 5]) != nil)
        #expect(PortSampleStatistics([5]) == nil)
    }

    @Test func incrementsWrapAroundTheRange() {
        #expect(PortSampleStatistics.increments([60999, 32769], width: 28232) == [2])
        #expect(PortSampleStatistics.increments([32769, 60999], width: 28232) == [-2])
    }

    @Test func behaviours() {
        let width = 28232
        var generator = SplitMix(state: 7)
        // A global counter: +1 per connection, whatever the destination.
        let global = Array(40000..<40200)
        let globalInterleaved = (0..<200).map { (destination: $0 % 4, port: 50000 + $0) }
        #expect(SourcePortBehaviour.classify(.init(single: global, interleaved: globalInterleaved, width: width)).0 == .sequential)

        // Algorithm 4: each destination its own offset and counter, steps of 2–16.
        var counters = [33000, 40000, 47000, 54000]
        func step() -> Int { 2 * Int.random(in: 1...8, using: &generator) }
        var single: [Int] = []
        var value = 36000
        for _ in 0..<200 { value += step(); single.append(value) }
        var interleaved: [(destination: Int, port: Int)] = []
        for index in 0..<200 {
            let destination = index % 4
            counters[destination] += step()
            interleaved.append((destination, counters[destination]))
        }
        #expect(SourcePortBehaviour.classify(.init(single: single, interleaved: interleaved, width: width)).0 == .perDestinationIncremental)

        // Algorithm 3: per-destination offsets plus one shared counter.
        let offsets = [33000, 40000, 47000, 54000]
        var shared = 0
        var alg3: [(destination: Int, port: Int)] = []
        for index in 0..<200 {
            shared += 2
            alg3.append((index % 4, offsets[index % 4] + shared))
        }
        let alg3Single = (0..<200).map { 36000 + 2 * $0 }
        #expect(SourcePortBehaviour.classify(.init(single: alg3Single, interleaved: alg3, width: width)).0 == .perDestinationSharedCounter)

        let random = (0..<200).map { _ in Int.random(in: 32768...60999, using: &generator) }
        #expect(SourcePortBehaviour.classify(.init(single: random, width: width)).0 == .random)
    }

    @Test func portLists() throws {
        #expect(try PortList.parse("53\n# a comment\n\n10.0.0.1:40000\n10.0.0.2 40001 # trailing\n") == [53, 40000, 40001])
        #expect(throws: KnowledgeError.self) { try PortList.parse("53\nseventy\n") }
        #expect(throws: KnowledgeError.self) { try PortList.parse("70000\n") }
    }
}

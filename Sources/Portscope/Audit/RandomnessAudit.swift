import PortscopeHost
import PortscopeKnowledge
import PortscopeSockets

/// How random this host's (or a list's) source ports are.
public struct AuditReport: Sendable {
    /// One set of samples and its statistics.
    public struct SampleSet: Sendable {
        public var name: String
        public var transport: SocketProtocol?
        public var ports: [Int]
        public var statistics: PortSampleStatistics
    }

    public var sets: [SampleSet]
    /// TCP's (or the file's) behaviour and what it was judged on.
    public var behaviour: SourcePortBehaviour
    public var evidence: SourcePortBehaviour.Evidence
    /// UDP's behaviour (sampled audits only).
    public var udpBehaviour: SourcePortBehaviour?
    /// The grade that matters for DNS (UDP when sampled), and which set it is from.
    public var grade: PortGrade
    public var gradeBasis: String
    /// The range the ports come from, and σ of a uniform choice over it.
    public var range: ClosedRange<Int>
    public var uniformStandardDeviation: Double
    public var destinations: [String]
    /// "this host (loopback samples)" or "file PATH".
    public var source: String

    /// What the grade means for DNS, in two lines.
    public static let dnsMeaning = [
        "A resolver whose source ports are predictable lets an off-path attacker forge answers by guessing only the 16-bit query ID (Kaminsky's attack, CVE-2008-1447); random source ports add up to 16 more bits.",
        "GREAT, GOOD and POOR are DNS-OARC porttest's thresholds on the standard deviation of the ports (≥ 3980, 296–3980, < 296); statistics can prove ports non-random, never random.",
    ]
}

/// Runs the audit: samples this host on loopback, or grades a list of ports.
public struct RandomnessAudit: Sendable {
    public var sampler: any SourcePortSampling
    public var host: SysctlReader?

    public init(sampler: any SourcePortSampling, host: SysctlReader?) {
        self.sampler = sampler
        self.host = host
    }

    public static func live() -> RandomnessAudit {
        RandomnessAudit(sampler: LoopbackSourcePortSampler(), host: SysctlReader())
    }

    /// Samples `count` connections (TCP to one and to `destinations` destinations, UDP to one).
    public func sampleHost(count: Int, destinations: Int) throws(PortscopeError) -> AuditReport {
        let samples: SourcePortSamples
        do {
            samples = try sampler.sample(count: count, destinations: destinations)
        } catch {
            throw .sockets(error)
        }
        let range = (try? host?.portSettings().localPortRange).map { Int($0.lowerBound)...Int($0.upperBound) } ?? 32768...60999
        let width = range.count
        var sets: [AuditReport.SampleSet] = []
        func add(_ name: String, _ transport: SocketProtocol, _ ports: [Int]) {
            if let statistics = PortSampleStatistics(ports, width: width) {
                sets.append(.init(name: name, transport: transport, ports: ports, statistics: statistics))
            }
        }
        add("tcp, one destination", .tcp, samples.tcpSingle)
        add("tcp, \(samples.destinations.count) destinations in turn", .tcp, samples.tcpInterleaved.map(\.port))
        add("udp, one destination", .udp, samples.udpSingle)
        let (behaviour, evidence) = SourcePortBehaviour.classify(.init(single: samples.tcpSingle, interleaved: samples.tcpInterleaved, width: width))
        let (udpBehaviour, _) = SourcePortBehaviour.classify(.init(single: samples.udpSingle, width: width))
        let udp = sets.first { $0.transport == .udp }
        return AuditReport(
            sets: sets, behaviour: behaviour, evidence: evidence, udpBehaviour: udpBehaviour,
            grade: udp?.statistics.grade ?? .poor, gradeBasis: udp?.name ?? "udp",
            range: range, uniformStandardDeviation: PortSampleStatistics.uniformStandardDeviation(width: width),
            destinations: samples.destinations, source: "this host (loopback samples)"
        )
    }

    /// Grades ports observed elsewhere (e.g. a resolver's query log), one per line.
    public func gradeFile(_ path: String) throws(PortscopeError) -> AuditReport {
        let text: String
        do {
            text = try HostFiles.readText(path)
        } catch {
            throw .host(error)
        }
        let ports: [Int]
        do {
            ports = try PortList.parse(text)
        } catch {
            throw .usage(error)
        }
        guard let statistics = PortSampleStatistics(ports, width: 65536) else {
            throw .usage(.invalidPort(input: path, reason: "the file holds \(ports.count) port(s); at least 2 are needed (100 or more give a meaningful grade)"))
        }
        let (behaviour, evidence) = SourcePortBehaviour.classify(.init(single: ports, width: 65536))
        let name = "\(ports.count) ports from \(path)"
        return AuditReport(
            sets: [.init(name: name, transport: nil, ports: ports, statistics: statistics)],
            behaviour: behaviour, evidence: evidence, udpBehaviour: nil,
            grade: statistics.grade, gradeBasis: name, range: 0...65535,
            uniformStandardDeviation: PortSampleStatistics.uniformStandardDeviation(width: 64512),
            destinations: [], source: "file \(path)"
        )
    }
}

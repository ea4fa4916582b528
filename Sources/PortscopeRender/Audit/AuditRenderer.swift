import Portscope
import PortscopeKnowledge
import PortscopeSockets

/// Renders `audit`: statistics per sample set, the behaviour, the grade and what it means.
public struct AuditRenderer {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    public func text(_ r: AuditReport) -> String {
        var out: [String] = []
        let samples = r.sets.first?.statistics.count ?? 0
        out.append(style.bold("SOURCE-PORT AUDIT") + style.dim(" — \(r.source), \(samples) samples per set, ports \(r.range.lowerBound)–\(r.range.upperBound) (a uniform choice has σ \(Int(r.uniformStandardDeviation.rounded())))"))
        var table = TextTable()
        table.add(["SET", "σ", "DISTINCT", "EVEN", "SMALL STEPS", "MEDIAN STEP", "ENTROPY", "GRADE"].map { style.bold($0) })
        for set in r.sets {
            let s = set.statistics
            table.add([
                set.name, String(Int(s.standardDeviation.rounded())), percent(s.distinctRatio), percent(s.evenShare),
                percent(s.smallStepShare), String(s.medianStep), String(format1(s.entropyBits)) + " bits", gradeText(s.grade),
            ])
        }
        out.append(table.render())
        out.append(style.dim("  small steps: |δ| ≤ \(PortSampleStatistics.smallStep) between consecutive ports (a uniform choice: ≈ \(percent(Double(2 * PortSampleStatistics.smallStep + 1) / Double(r.range.count)))); entropy is the smallest of four estimates, and cannot exceed log2(samples)"))

        var behaviour = [style.bold("BEHAVIOUR")]
        let label = r.sets.first?.transport == nil ? "ports" : "tcp"
        behaviour.append(style.paragraph("\(label): \(r.behaviour.rawValue): \(r.behaviour.explanation).", indent: 2))
        behaviour.append(style.dim("  evidence: " + evidenceText(r.evidence)))
        if let udp = r.udpBehaviour {
            behaviour.append(style.paragraph("udp: \(udp.rawValue): \(udp.explanation).", indent: 2))
        }
        out.append(behaviour.joined(separator: "\n"))

        var grade = [style.bold("GRADE: ") + gradeText(r.grade) + " (\(r.gradeBasis))"]
        if r.behaviour == .perDestinationIncremental || r.behaviour == .perDestinationSharedCounter {
            grade.append(style.paragraph("TCP's near-sequential ports to one destination are the per-destination algorithm working as designed, not a weakness; DNS queries go over UDP, whose grade is the one above.", indent: 2))
        }
        grade += AuditReport.dnsMeaning.map { style.paragraph($0, indent: 2) }
        out.append(grade.joined(separator: "\n"))
        return out.joined(separator: "\n\n") + "\n"
    }

    public static func json(_ r: AuditReport) -> String {
        JSONValue.object([
            ("source", .string(r.source)),
            ("range", .object([("first", .int(r.range.lowerBound)), ("last", .int(r.range.upperBound))])),
            ("uniformStandardDeviation", .double((r.uniformStandardDeviation * 10).rounded() / 10)),
            ("destinations", .array(r.destinations.map { .string($0) })),
            ("sets", .array(r.sets.map { set in
                let s = set.statistics
                return .object([
                    ("name", .string(set.name)),
                    ("protocol", .string(set.transport?.rawValue)),
                    ("count", .int(s.count)),
                    ("min", .int(s.minimum)), ("max", .int(s.maximum)),
                    ("mean", .double((s.mean * 10).rounded() / 10)),
                    ("standardDeviation", .double((s.standardDeviation * 10).rounded() / 10)),
                    ("distinctRatio", .double(round3(s.distinctRatio))),
                    ("evenShare", .double(round3(s.evenShare))),
                    ("smallStepShare", .double(round3(s.smallStepShare))),
                    ("medianStep", .int(s.medianStep)),
                    ("commonStep", .int(s.commonStep)),
                    ("commonStepShare", .double(round3(s.commonStepShare))),
                    ("longestIncreasingRun", .int(s.longestIncreasingRun)),
                    ("entropyBits", .double(round3(s.entropyBits))),
                    ("oarcBits", .double(round3(s.oarcBits))),
                    ("grade", .string(s.grade.rawValue)),
                    ("ports", .array(set.ports.map { .int($0) })),
                ])
            })),
            ("behaviour", .string(r.behaviour.rawValue)),
            ("behaviourExplanation", .string(r.behaviour.explanation)),
            ("evidence", .object([
                ("singleDestinationSmallStepShare", .double(round3(r.evidence.singleSmallShare))),
                ("crossDestinationSmallStepShare", r.evidence.crossSmallShare.map { .double(round3($0)) } ?? .null),
                ("perDestinationSmallStepShare", r.evidence.perDestinationSmallShare.map { .double(round3($0)) } ?? .null),
                ("interleavedStepRatio", r.evidence.interleavedStepRatio.map { .double(round3($0)) } ?? .null),
            ])),
            ("udpBehaviour", .string(r.udpBehaviour?.rawValue)),
            ("grade", .string(r.grade.rawValue)),
            ("gradeBasis", .string(r.gradeBasis)),
            ("dnsMeaning", .array(AuditReport.dnsMeaning.map { .string($0) })),
        ]).render(pretty: true) + "\n"
    }

    func evidenceText(_ e: SourcePortBehaviour.Evidence) -> String {
        var parts = ["small steps to one destination \(percent(e.singleSmallShare))"]
        if let cross = e.crossSmallShare { parts.append("between different destinations \(percent(cross))") }
        if let per = e.perDestinationSmallShare { parts.append("within each destination when interleaved \(percent(per))") }
        if let ratio = e.interleavedStepRatio { parts.append("step growth when interleaved ×\(format1(ratio))") }
        return parts.joined(separator: ", ")
    }

    func gradeText(_ grade: PortGrade) -> String {
        switch grade {
        case .great: style.green(grade.rawValue)
        case .good: style.yellow(grade.rawValue)
        case .poor: style.red(grade.rawValue)
        }
    }

    func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
    func format1(_ value: Double) -> String { String((value * 10).rounded() / 10) }
}

private func round3(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

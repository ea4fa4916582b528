import Portscope
import PortscopeHost
import PortscopeKnowledge
import PortscopeLocalization

/// Renders `explain` for people: a headline, then short sections (what it is, IANA,
/// ephemeral ranges, verdict, how to check elsewhere).
public struct ExplainTextRenderer {
    public var style: TextStyle
    /// The language of every sentence (registry texts stay as IANA wrote them).
    public var l: Localizer

    public init(style: TextStyle = .plain, localizer: Localizer = .english) {
        self.style = style
        self.l = localizer
    }

    public func render(_ e: PortExplanation) -> String {
        var sections: [String] = [headline(e)]
        sections.append(section(l(.sectionWhatItIs), whatItIs(e)))
        sections.append(section(l(.sectionRegistrations), registrations(e)))
        sections.append(section(l(.sectionEphemeral), ephemeral(e)))
        if let usage = e.sockets {
            sections.append(section(l(.sectionOnThisHost), onThisHost(usage)))
        }
        sections.append(section(l(.sectionVerdict), style.paragraph(clean(VerdictSentence.text(e.verdict, l)), indent: 2)))
        sections.append(section(l(.sectionCheckElsewhere), checkCommands(e)))
        if !e.warnings.isEmpty {
            sections.append(section(l(.sectionWarnings), e.warnings.map { style.paragraph(clean($0), indent: 2) }.joined(separator: "\n")))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    func headline(_ e: PortExplanation) -> String {
        let proto = e.transport.map { "/\($0.rawValue)" } ?? ""
        var services = assignedServices(e)
        if let queried = e.queriedService, let index = services.firstIndex(of: queried) {
            services.insert(services.remove(at: index), at: 0)
        }
        var title = l(.headlinePort, ["port": "\(e.port)\(proto)"])
        if let first = services.first {
            let description = firstLine(e.registrations.first { $0.service == first }?.description ?? "")
            title += " · " + clean(first)
            if !description.isEmpty, description.lowercased() != first.lowercased() { title += " (\(clean(description)))" }
        } else if e.registrations.contains(where: { $0.listed && $0.status == .reserved }) {
            title += " · " + l(.headlineReserved)
        } else {
            title += " · " + l(.headlineUnregistered)
        }
        var lines = [style.bold(title)]
        if let service = e.queriedService {
            var line = "  " + l(.headlineResolves, ["service": clean(service), "port": e.port.description])
            if !e.otherPorts.isEmpty {
                line += "; " + l(.headlineAlsoOn, ["ports": e.otherPorts.map(rangeText).joined(separator: ", ")])
            }
            lines.append(style.dim(line))
        }
        return lines.joined(separator: "\n")
    }

    func whatItIs(_ e: PortExplanation) -> String {
        let range = e.ianaRange
        let head = "\(range.title(l)) (\(range.first)–\(range.last), RFC 6335):"
        return style.paragraph(head + " " + range.meaning(l), indent: 2)
    }

    func registrations(_ e: PortExplanation) -> String {
        var table = TextTable()
        var previous: TransportProtocol?
        var footnotes: [(text: String, protocols: [String])] = []
        for (r, protocols) in groupedImplied(e.registrations) {
            let proto = r.transport == previous ? "" : protocols
            previous = r.transport
            let name: String
            switch r.status {
            case .assigned: name = style.cyan(clean(r.service ?? ""))
            case .reserved: name = style.yellow(l(.statusReserved))
            case .unassigned: name = style.dim(l(.statusUnassigned))
            }
            let text = clean(firstLine(localizedDescription(r, e.ianaRange)))
            var description = r.listed || r.status != .unassigned ? text : style.dim(text)
            if r.listed, r.status != .assigned, ["unassigned", "reserved"].contains(r.description.lowercased()) { description = "" }
            if let range = r.range { description += (description.isEmpty ? "" : " ") + l(.portsRange, ["range": rangeText(range)]) }
            table.add([proto, name, description, r.references.map(clean).joined(separator: " ")])
            if !r.unauthorizedUse.isEmpty {
                let note = clean(r.unauthorizedUse)
                if let index = footnotes.firstIndex(where: { $0.text == note }) {
                    footnotes[index].protocols.append(r.transport.rawValue)
                } else {
                    footnotes.append((note, [r.transport.rawValue]))
                }
            }
        }
        var text = table.render()
        for note in footnotes {
            text += "\n" + style.yellow("  ! ") + "\(note.text) (\(note.protocols.joined(separator: ", ")))"
        }
        return text
    }

    /// Registrations with consecutive implied `unassigned` rows of the same text merged
    /// into one row labelled with all their protocols ("tcp udp sctp dccp").
    func groupedImplied(_ registrations: [PortExplanation.Registration]) -> [(PortExplanation.Registration, String)] {
        var result: [(PortExplanation.Registration, String)] = []
        for r in registrations {
            if !r.listed, let last = result.last, !last.0.listed, last.0.description.hasPrefix("Dynamic"), r.description == last.0.description {
                result[result.count - 1].1 += " " + r.transport.rawValue
            } else {
                result.append((r, r.transport.rawValue))
            }
        }
        return result
    }

    func ephemeral(_ e: PortExplanation) -> String {
        var table = TextTable()
        let yes = style.red(l(.yes))
        let no = style.green(l(.no))
        if let host = e.ephemeral.host {
            table.add([l(.ephemeralThisHost), rangeText(host.range), host.contains ? yes : no, style.dim(host.source)])
            let reservedList = host.reservedPorts.isEmpty ? l(.noneWord) : host.reservedPorts.map(rangeText).joined(separator: ",")
            table.add([l(.statusReserved), "", host.reserved ? style.green(l(.yes)) : l(.no), style.dim(l(.ephemeralReservedList, ["list": reservedList]))])
            let privilegeNote = host.unprivilegedPortStart == 0
                ? l(.privilegeNone)
                : l(.privilegeBelow, ["start": String(host.unprivilegedPortStart)])
            table.add([l(.ephemeralPrivileged), "", host.privileged ? style.yellow(l(.yes)) : l(.no), style.dim(privilegeNote)])
        } else if let reason = e.ephemeral.hostUnavailableReason {
            table.add([l(.ephemeralThisHost), "", style.dim(l(.unknown)), style.dim(reason == "offline" ? l(.hostOffline) : clean(reason))])
        }
        for d in e.ephemeral.defaults {
            table.add([d.os.displayName, rangeText(d.range), d.contains ? yes : no, style.dim(l(.defaultLabel))])
        }
        var text = table.render()
        for note in e.ephemeral.host?.notes ?? [] {
            text += "\n" + style.dim("  " + l(.noteLabel, ["text": clean(note.text(l))]))
        }
        return text
    }

    func onThisHost(_ usage: SocketReport) -> String {
        let renderer = SocketTextRenderer(style: style, localizer: l)
        let forwards = renderer.forwards(usage).map { "  " + $0 }
        guard !usage.sockets.isEmpty else {
            let lines = ["  " + l(.nothingUsesIt)] + renderer.elsewhere(usage) + forwards
            return lines.joined(separator: "\n")
        }
        return renderer.groups(usage).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n") + (forwards.isEmpty ? "" : "\n" + forwards.joined(separator: "\n"))
    }

    func checkCommands(_ e: PortExplanation) -> String {
        var table = TextTable()
        var previous: OperatingSystem?
        for c in e.checkCommands {
            table.add([c.os == previous ? "" : c.os.displayName, c.command])
            previous = c.os
        }
        return table.render()
    }

    func section(_ title: String, _ body: String) -> String {
        style.bold(title.uppercased()) + "\n" + body
    }

    func assignedServices(_ e: PortExplanation) -> [String] {
        var names: [String] = []
        for r in e.registrations where r.status == .assigned {
            if let name = r.service, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// The registration's description; an implied one (no registry row) in `l`'s language.
    func localizedDescription(_ r: PortExplanation.Registration, _ range: IANARange) -> String {
        guard !r.listed else { return r.description }
        return range == .dynamic ? l(.impliedDynamic) : l(.impliedUnregistered, ["protocol": r.transport.rawValue])
    }

    /// The first line of a multi-line registry text.
    func firstLine(_ text: String) -> String {
        text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
    }

    func clean(_ text: String) -> String {
        TerminalText.sanitize(text)
    }
}

/// "80" or "6000–6063".
func rangeText(_ range: ClosedRange<UInt16>) -> String {
    range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
}

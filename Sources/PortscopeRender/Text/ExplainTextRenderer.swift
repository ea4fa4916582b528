import Portscope
import PortscopeKnowledge

/// Renders `explain` for people: a headline, then short sections (what it is, IANA,
/// ephemeral ranges, verdict, how to check elsewhere).
public struct ExplainTextRenderer {
    public var style: TextStyle

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    public func render(_ e: PortExplanation) -> String {
        var sections: [String] = [headline(e)]
        sections.append(section("What it is", whatItIs(e)))
        sections.append(section("IANA registrations", registrations(e)))
        sections.append(section("Ephemeral ranges", ephemeral(e)))
        if let usage = e.sockets {
            sections.append(section("On this host now", onThisHost(usage)))
        }
        sections.append(section("Verdict", style.paragraph(clean(e.summary), indent: 2)))
        sections.append(section("Check it elsewhere", checkCommands(e)))
        if !e.warnings.isEmpty {
            sections.append(section("Warnings", e.warnings.map { style.paragraph(clean($0), indent: 2) }.joined(separator: "\n")))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    func headline(_ e: PortExplanation) -> String {
        let proto = e.transport.map { "/\($0.rawValue)" } ?? ""
        var services = assignedServices(e)
        if let queried = e.queriedService, let index = services.firstIndex(of: queried) {
            services.insert(services.remove(at: index), at: 0)
        }
        var title = "Port \(e.port)\(proto)"
        if let first = services.first {
            let description = firstLine(e.registrations.first { $0.service == first }?.description ?? "")
            title += " · " + clean(first)
            if !description.isEmpty, description.lowercased() != first.lowercased() { title += " (\(clean(description)))" }
        } else if e.registrations.contains(where: { $0.listed && $0.status == .reserved }) {
            title += " · reserved by IANA"
        } else {
            title += " · no registered service"
        }
        var lines = [style.bold(title)]
        if let service = e.queriedService {
            var line = "  \(clean(service)) resolves to port \(e.port)"
            if !e.otherPorts.isEmpty {
                line += "; also registered on " + e.otherPorts.map(rangeText).joined(separator: ", ")
            }
            lines.append(style.dim(line))
        }
        return lines.joined(separator: "\n")
    }

    func whatItIs(_ e: PortExplanation) -> String {
        let range = e.ianaRange
        let head = "\(range.title) (\(range.first)–\(range.last), RFC 6335):"
        return style.paragraph(head + " " + range.meaning, indent: 2)
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
            case .reserved: name = style.yellow("reserved")
            case .unassigned: name = style.dim("unassigned")
            }
            let text = clean(firstLine(r.description))
            var description = r.listed || r.status != .unassigned ? text : style.dim(text)
            if r.listed, r.status != .assigned, ["unassigned", "reserved"].contains(r.description.lowercased()) { description = "" }
            if let range = r.range { description += (description.isEmpty ? "" : " ") + "(ports \(rangeText(range)))" }
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
        let yes = style.red("yes")
        let no = style.green("no")
        if let host = e.ephemeral.host {
            table.add(["this host", rangeText(host.range), host.contains ? yes : no, style.dim(host.source)])
            let reservedList = host.reservedPorts.isEmpty ? "none" : host.reservedPorts.map(rangeText).joined(separator: ",")
            table.add(["reserved", "", host.reserved ? style.green("yes") : "no", style.dim("ip_local_reserved_ports: \(reservedList)")])
            let privilegeNote = host.unprivilegedPortStart == 0
                ? "no port is privileged here (ip_unprivileged_port_start = 0)"
                : "ports below \(host.unprivilegedPortStart) need root or CAP_NET_BIND_SERVICE"
            table.add(["privileged", "", host.privileged ? style.yellow("yes") : "no", style.dim(privilegeNote)])
        } else if let reason = e.ephemeral.hostUnavailableReason {
            table.add(["this host", "", style.dim("unknown"), style.dim(reason == "offline" ? "--offline: host not read" : clean(reason))])
        }
        for d in e.ephemeral.defaults {
            table.add([d.os.displayName, rangeText(d.range), d.contains ? yes : no, style.dim("default")])
        }
        var text = table.render()
        for note in e.ephemeral.host?.notes ?? [] {
            text += "\n" + style.dim("  note: " + clean(note))
        }
        return text
    }

    func onThisHost(_ usage: SocketReport) -> String {
        let renderer = SocketTextRenderer(style: style)
        guard !usage.sockets.isEmpty else {
            let lines = ["  nothing uses it (tcp and udp, this network namespace)"] + renderer.elsewhere(usage)
            return lines.joined(separator: "\n")
        }
        return renderer.groups(usage).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
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

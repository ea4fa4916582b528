import Portscope
import PortscopeKnowledge
import PortscopeLocalization

/// Renders `explain --format markdown`: a self-contained reference page for one port.
public enum ExplainMarkdownRenderer {
    public static func render(_ e: PortExplanation, localizer l: Localizer = .english) -> String {
        var out: [String] = []
        let proto = e.transport.map { "/\($0.rawValue)" } ?? ""
        let services = assigned(e)
        var title = "# " + l(.headlinePort, ["port": "\(e.port)\(proto)"])
        if let first = services.first { title += " — " + Markdown.escape(first) }
        out.append(title)
        out.append("> " + Markdown.escape(VerdictSentence.text(e.verdict, l)))

        var facts = ["| | |", "|---|---|"]
        facts.append("| \(l(.mdIANARange)) | \(e.ianaRange.title(l)) (\(e.ianaRange.first)–\(e.ianaRange.last), `\(e.ianaRange.rawValue)`) |")
        facts.append("| \(l(.mdServices)) | \(services.isEmpty ? l(.mdNoneRegistered) : services.map(Markdown.code).joined(separator: ", ")) |")
        let ephemeralOS = e.ephemeral.defaults.filter(\.contains).map(\.os.displayName)
        facts.append("| \(l(.mdEphemeralOn)) | \(ephemeralOS.isEmpty ? l(.mdNoCommonOS) : ephemeralOS.joined(separator: ", ")) |")
        if let host = e.ephemeral.host {
            facts.append("| \(l(.mdEphemeralOnHost)) | \(l.yesNo(host.contains)) (\(rangeText(host.range))\(host.reserved ? ", " + l(.statusReserved) : "")) |")
        }
        if let service = e.queriedService, !e.otherPorts.isEmpty {
            facts.append("| \(l(.mdAlsoRegistered, ["service": Markdown.code(service)])) | \(e.otherPorts.map(rangeText).joined(separator: ", ")) |")
        }
        out.append(facts.joined(separator: "\n"))

        out.append("## \(l(.mdRangeMeaning))\n\n" + Markdown.escape(e.ianaRange.meaning(l)))

        let columns = [l(.columnProtocol), l(.columnService), l(.columnStatus), l(.columnDescription), l(.columnReferences)]
        var registrations = ["## " + l(.sectionRegistrations), "", "| " + columns.joined(separator: " | ") + " |", "|---|---|---|---|---|"]
        var notes: [(label: String, service: String, protocols: [String], text: String)] = []
        func note(_ r: PortExplanation.Registration, _ text: String) {
            let service = r.service ?? r.status.rawValue
            if let index = notes.firstIndex(where: { $0.service == service && $0.text == text }) {
                notes[index].protocols.append(r.transport.rawValue)
            } else {
                notes.append((service, service, [r.transport.rawValue], text))
            }
        }
        for r in e.registrations {
            let service = r.service.map(Markdown.code) ?? "—"
            var description = Markdown.escape(r.listed ? r.description : (e.ianaRange == .dynamic ? l(.impliedDynamic) : l(.impliedUnregistered, ["protocol": r.transport.rawValue])))
            if let range = r.range { description += " " + l(.portsRange, ["range": rangeText(range)]) }
            let references = r.references.map(Markdown.reference).joined(separator: ", ")
            registrations.append("| \(r.transport.rawValue) | \(service) | \(status(r.status, l)) | \(description) | \(references) |")
            if !r.notes.isEmpty { note(r, Markdown.escape(tidy(r.notes))) }
            if !r.unauthorizedUse.isEmpty { note(r, l(.mdUnauthorized, ["text": Markdown.escape(r.unauthorizedUse)])) }
        }
        out.append(registrations.joined(separator: "\n"))
        if !notes.isEmpty {
            let items = notes.map { "- **\(Markdown.escape($0.label))** (\($0.protocols.joined(separator: ", "))): \($0.text)" }
            out.append("### \(l(.mdNotes))\n\n" + items.joined(separator: "\n"))
        }

        var ephemeral = ["## " + l(.mdEphemeralTitle), "", l(.mdEphemeralIntro), "", "| \(l(.columnSystem)) | \(l(.columnRange)) | \(l(.columnContains, ["port": e.port.description])) |", "|---|---|---|"]
        if let host = e.ephemeral.host {
            ephemeral.append("| \(l(.mdThisHost, ["source": Markdown.code(host.source)])) | \(rangeText(host.range)) | \(l.yesNo(host.contains))\(host.reserved ? " " + l(.mdReservedParen) : "") |")
        }
        for d in e.ephemeral.defaults {
            ephemeral.append("| \(l(.mdOSDefault, ["os": d.os.displayName])) | \(rangeText(d.range)) | \(l.yesNo(d.contains)) |")
        }
        out.append(ephemeral.joined(separator: "\n"))

        var commands = ["## " + l(.mdCheckTitle, ["port": e.port.description])]
        var previous: OperatingSystem?
        var block: [String] = []
        func flush() {
            guard let os = previous, !block.isEmpty else { return }
            let fence = os == .windows ? "powershell" : "sh"
            commands.append("### \(os.displayName)\n\n```\(fence)\n\(block.joined(separator: "\n"))\n```")
            block = []
        }
        for c in e.checkCommands {
            if c.os != previous { flush(); previous = c.os }
            block.append(TerminalText.sanitize(c.command))
        }
        flush()
        out.append(commands.joined(separator: "\n\n"))

        let updated = e.registry.updated.isEmpty ? "" : " " + l(.mdDataOf, ["date": e.registry.updated])
        out.append("---\n\n" + l(.mdSource, ["updated": updated]))
        return out.joined(separator: "\n\n") + "\n"
    }

    /// A registration status in `l`'s language.
    static func status(_ status: RegistrationStatus, _ l: Localizer) -> String {
        switch status {
        case .assigned: l(.statusAssigned)
        case .reserved: l(.statusReserved)
        case .unassigned: l(.statusUnassigned)
        }
    }

    /// IANA's notes with each line's indentation removed.
    static func tidy(_ notes: String) -> String {
        notes.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.drop(while: { $0 == " " }) }
            .joined(separator: "\n")
    }

    static func assigned(_ e: PortExplanation) -> [String] {
        var names: [String] = []
        for r in e.registrations where r.status == .assigned {
            if let name = r.service, !names.contains(name) { names.append(name) }
        }
        return names
    }
}

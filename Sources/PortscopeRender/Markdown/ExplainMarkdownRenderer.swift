import Portscope
import PortscopeKnowledge

/// Renders `explain --format markdown`: a self-contained reference page for one port.
public enum ExplainMarkdownRenderer {
    public static func render(_ e: PortExplanation) -> String {
        var out: [String] = []
        let proto = e.transport.map { "/\($0.rawValue)" } ?? ""
        let services = assigned(e)
        var title = "# Port \(e.port)\(proto)"
        if let first = services.first { title += " — " + Markdown.escape(first) }
        out.append(title)
        out.append("> " + Markdown.escape(e.summary))

        var facts = ["| | |", "|---|---|"]
        facts.append("| IANA range | \(e.ianaRange.title) (\(e.ianaRange.first)–\(e.ianaRange.last), `\(e.ianaRange.rawValue)`) |")
        facts.append("| Services | \(services.isEmpty ? "none registered" : services.map(Markdown.code).joined(separator: ", ")) |")
        let ephemeralOS = e.ephemeral.defaults.filter(\.contains).map(\.os.displayName)
        facts.append("| Ephemeral by default on | \(ephemeralOS.isEmpty ? "no common OS" : ephemeralOS.joined(separator: ", ")) |")
        if let host = e.ephemeral.host {
            facts.append("| Ephemeral on the host that made this page | \(host.contains ? "yes" : "no") (\(rangeText(host.range))\(host.reserved ? ", reserved" : "")) |")
        }
        if let service = e.queriedService, !e.otherPorts.isEmpty {
            facts.append("| \(Markdown.code(service)) is also registered on | \(e.otherPorts.map(rangeText).joined(separator: ", ")) |")
        }
        out.append(facts.joined(separator: "\n"))

        out.append("## What the range means\n\n" + Markdown.escape(e.ianaRange.meaning))

        var registrations = ["## IANA registrations", "", "| Protocol | Service | Status | Description | References |", "|---|---|---|---|---|"]
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
            var description = Markdown.escape(r.description)
            if let range = r.range { description += " (ports \(rangeText(range)))" }
            let references = r.references.map(Markdown.reference).joined(separator: ", ")
            registrations.append("| \(r.transport.rawValue) | \(service) | \(r.status.rawValue) | \(description) | \(references) |")
            if !r.notes.isEmpty { note(r, Markdown.escape(tidy(r.notes))) }
            if !r.unauthorizedUse.isEmpty { note(r, "unauthorized use reported — " + Markdown.escape(r.unauthorizedUse)) }
        }
        out.append(registrations.joined(separator: "\n"))
        if !notes.isEmpty {
            let items = notes.map { "- **\(Markdown.escape($0.label))** (\($0.protocols.joined(separator: ", "))): \($0.text)" }
            out.append("### Notes from IANA\n\n" + items.joined(separator: "\n"))
        }

        var ephemeral = ["## Ephemeral port ranges", "", "Outgoing connections are given a local port from the ephemeral range; a service listening on a port inside it can find the port taken.", "", "| System | Range | Contains \(e.port) |", "|---|---|---|"]
        if let host = e.ephemeral.host {
            ephemeral.append("| This host (\(Markdown.code(host.source))) | \(rangeText(host.range)) | \(host.contains ? "yes" : "no")\(host.reserved ? " (reserved)" : "") |")
        }
        for d in e.ephemeral.defaults {
            ephemeral.append("| \(d.os.displayName) default | \(rangeText(d.range)) | \(d.contains ? "yes" : "no") |")
        }
        out.append(ephemeral.joined(separator: "\n"))

        var commands = ["## Check what uses port \(e.port)"]
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

        let updated = e.registry.updated.isEmpty ? "" : " (data of \(e.registry.updated))"
        out.append("---\n\nSource: [IANA Service Name and Transport Protocol Port Number Registry](https://www.iana.org/assignments/service-names-port-numbers/)\(updated). Page made by portscope.")
        return out.joined(separator: "\n\n") + "\n"
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

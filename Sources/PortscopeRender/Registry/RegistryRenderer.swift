import Portscope
import PortscopeKnowledge

/// Renders `registry status` and `registry update`. Registry text (names, sources, dates,
/// quoted CSV lines) comes from files anyone could have written: it is neutralised.
public enum RegistryRenderer {
    public static func text(_ status: RegistryStatus) -> String {
        let loaded = status.loaded
        let header = loaded.registry.header
        var lines: [String] = []
        if let warning = loaded.warning { lines.append("warning: \(TerminalText.sanitize(warning))") }
        lines.append("registry:  \(TerminalText.sanitize(loaded.summary))")
        lines.append("rows:      \(header.rows) (from \(TerminalText.sanitize(header.source)))")
        lines.append("user copy: \(TerminalText.sanitize(status.userCopyPath))\(loaded.origin == .builtin ? " (none in use)" : "")")
        if status.problems.isEmpty {
            lines.append("check:     every line is sound")
        } else {
            lines.append("check:     \(status.problems.count) damaged line\(status.problems.count == 1 ? "" : "s"), skipped by queries; first: \(TerminalText.sanitize(status.problems[0]))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ status: RegistryStatus) -> String {
        let loaded = status.loaded
        let header = loaded.registry.header
        let origin: (String, String?) = switch loaded.origin {
        case .builtin: ("builtin", nil)
        case let .user(path): ("user", path)
        }
        return JSONValue.object([
            ("origin", .string(origin.0)),
            ("path", .string(origin.1)),
            ("userCopyPath", .string(status.userCopyPath)),
            ("updated", .string(header.updated.isEmpty ? nil : header.updated)),
            ("rows", .int(header.rows)),
            ("source", .string(header.source)),
            ("problems", .array(status.problems.map { .string($0) })),
            ("warning", .string(loaded.warning)),
        ]).render(pretty: true) + "\n"
    }

    public static func update(_ report: RegistryUpdater.Report) -> String {
        var lines = ["stored \(TerminalText.sanitize(report.path))"]
        lines.append("  \(report.rows) rows, \(report.entries) (port, protocol) entries, IANA data of \(report.updated.isEmpty ? "unknown date" : TerminalText.sanitize(report.updated))")
        let before = report.previousUpdated.isEmpty ? "" : " (data of \(TerminalText.sanitize(report.previousUpdated)))"
        lines.append("  compared with the registry in use before\(before): \(report.added) assignment\(report.added == 1 ? "" : "s") added, \(report.removed) removed")
        if !report.removedExamples.isEmpty {
            lines.append("  removed, e.g.: \(TerminalText.sanitize(report.removedExamples.joined(separator: ", ")))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

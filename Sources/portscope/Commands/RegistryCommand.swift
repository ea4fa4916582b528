import ArgumentParser
import Portscope
import PortscopeHost

/// `portscope registry …`: show, refresh or reset the IANA registry copy portscope uses.
struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Show, refresh or reset the IANA registry portscope uses.",
        subcommands: [Status.self, Update.self, Reset.self],
        defaultSubcommand: Status.self
    )

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Say which registry is in use and how old its data is.")

        func run() throws {
            let loaded = LoadedRegistry.load()
            if let warning = loaded.warning { print("warning: \(warning)") }
            let header = loaded.registry.header
            print("registry: \(loaded.summary)")
            print("rows:     \(header.rows) (from \(header.source))")
            print("user copy: \(RegistryStore.default.path)\(loaded.origin == .builtin ? " (none)" : "")")
            let problems = loaded.registry.validate()
            if problems.isEmpty {
                print("check:    every line is sound")
            } else {
                print("check:    \(problems.count) damaged line(s), skipped by queries; first: \(problems[0])")
                throw ExitCode.failure
            }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Store a newer IANA CSV; it then takes precedence over the built-in copy.",
            discussion: """
            FILE is IANA's service-names-port-numbers.csv; a URL (for example \
            https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.csv) \
            is downloaded with curl. The copy is stored in $XDG_DATA_HOME/portscope/registry.txt \
            (or ~/.local/share/portscope/registry.txt).
            """
        )

        @Option(help: "IANA's CSV: a file path or an http(s) URL.")
        var from: String

        func run() throws {
            let previous = LoadedRegistry.load().registry
            let report = try RegistryUpdater().update(from: from, previous: previous)
            print("stored \(report.path)")
            print("  \(report.rows) rows, \(report.entries) (port, protocol) entries, IANA data of \(report.updated.isEmpty ? "unknown date" : report.updated)")
            print("  compared with the registry in use before (data of \(report.previousUpdated)): +\(report.added) assignments, -\(report.removed)")
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reset", abstract: "Delete the user copy and go back to the built-in registry.")

        func run() throws {
            let store = RegistryStore.default
            do {
                let removed = try store.remove()
                print(removed ? "removed \(store.path); using the built-in registry" : "no user copy at \(store.path); using the built-in registry")
            } catch {
                throw PortscopeError.host(error)
            }
        }
    }
}

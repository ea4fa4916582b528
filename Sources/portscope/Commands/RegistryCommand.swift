import ArgumentParser
import Portscope
import PortscopeHost
import PortscopeRender
import PortscopeKnowledge

/// `portscope registry …`: show, refresh or reset the IANA registry copy portscope uses.
struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Show, refresh or reset the IANA registry portscope uses.",
        subcommands: [Status.self, Update.self, Reset.self],
        defaultSubcommand: Status.self
    )

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status", abstract: "Say which registry is in use and how old its data is.",
            discussion: "Exit status 1 when the copy in use has damaged lines."
        )

        @OptionGroup var output: OutputOptions<TextOrJSON>

        func run() throws {
            let loaded = LoadedRegistry.load()
            let problems = loaded.registry.validate()
            let status = RegistryStatus(loaded: loaded, userCopyPath: RegistryStore.default.path, problems: problems.map(\.description))
            switch output.resolved {
            case .json: print(RegistryRenderer.json(status), terminator: "")
            case .text: print(RegistryRenderer.text(status), terminator: "")
            }
            if !problems.isEmpty { throw ExitCode.failure }
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

        @Flag(help: "Store it even if it drops many of the assignments the registry in use has (a truncated file usually does).")
        var force = false

        func run() throws {
            let previous = LoadedRegistry.load().registry
            let report = try RegistryUpdater().update(from: from, previous: previous, force: force)
            print(RegistryRenderer.update(report), terminator: "")
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

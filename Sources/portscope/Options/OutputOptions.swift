import ArgumentParser
import PortscopeRender
import PortscopeProcesses
import PortscopeSystem

/// The output formats one command renders; `--format` accepts exactly these.
protocol FormatChoice: ExpressibleByArgument, CaseIterable, RawRepresentable<String> {
    static var text: Self { get }
    static var json: Self { get }
}

/// Text for people, or JSON (docs/json.md).
enum TextOrJSON: String, FormatChoice {
    case text, json
}

/// `explain`'s formats: text, JSON, a Markdown page, or a self-contained HTML page.
enum ExplainFormat: String, FormatChoice {
    case text, json, markdown, html
}

/// `--format` (the formats the command renders) and its `--json` shorthand.
struct OutputOptions<Format: FormatChoice>: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: Format = .text

    @Flag(name: .long, help: "Shorthand for --format json.")
    var json = false

    /// The format asked for (`--json` wins).
    var resolved: Format {
        json ? .json : format
    }

    /// Colours and width for text output on this terminal (nothing is cut).
    var style: TextStyle {
        TextStyle(colors: TerminalInfo.wantsColor, width: TerminalInfo.columns)
    }

    /// ``style``, cutting command lines and wide rows to the terminal's width unless `wide`
    /// (output to a pipe or a file is never cut).
    func style(_ wide: WideOption) -> TextStyle {
        TextStyle(colors: TerminalInfo.wantsColor, width: TerminalInfo.columns, clips: TerminalInfo.stdoutIsTerminal && !wide.wide)
    }
}

/// `--wide`: for commands that show command lines, which are cut to the terminal's width.
struct WideOption: ParsableArguments {
    @Flag(name: [.customShort("w"), .long], help: "Do not cut command lines and rows to the terminal's width (output to a pipe or file is never cut).")
    var wide = false
}

/// `--fields`: the columns of `ls` and `who` text output, like `ps -o`.
struct FieldsOption: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Show these columns, one row per socket (comma-separated): \(SocketField.help).", valueName: "list"))
    var fields: String?

    /// The columns asked for, nil without `--fields`.
    func parsed() throws -> [SocketField]? {
        guard let fields else { return nil }
        switch SocketField.parse(fields) {
        case let .success(chosen): return chosen
        case let .failure(unknown):
            throw ValidationError("unknown field '\(unknown.name)' in --fields: use \(SocketField.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }
}

/// `--owners`: how sockets are mapped to processes (the BPF walk or `/proc`).
struct OwnersOption: ParsableArguments {
    @Option(help: ArgumentHelp("How to find the processes holding sockets: auto (the BPF walk in the kernel on hosts with many open files, when root and the kernel allow it), procfs (read every /proc/PID/fd) or bpf. JSON's \"owners\" and \"ownersReason\" say which answered and why.", valueName: "backend"))
    var owners: OwnersChoice?
}

extension OwnersChoice: ExpressibleByArgument {}

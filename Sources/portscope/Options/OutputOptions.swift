import ArgumentParser
import PortscopeRender
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

    /// Colours and width for text output on this terminal.
    var style: TextStyle {
        TextStyle(colors: TerminalInfo.wantsColor, width: TerminalInfo.columns)
    }
}

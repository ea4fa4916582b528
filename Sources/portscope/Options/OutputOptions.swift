import ArgumentParser
import PortscopeRender
import PortscopeSystem

/// `--format text|json|markdown` and its `--json` shorthand, shared by every command.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text, json or markdown.")
    var format: FormatArgument = .text

    @Flag(name: .long, help: "Shorthand for --format json.")
    var json = false

    /// The format asked for (`--json` wins).
    var resolved: OutputFormat {
        json ? .json : format.value
    }

    /// Colours and width for text output on this terminal.
    var style: TextStyle {
        TextStyle(colors: TerminalInfo.wantsColor, width: TerminalInfo.columns)
    }
}

/// The values `--format` accepts.
enum FormatArgument: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown

    var value: OutputFormat {
        switch self {
        case .text: .text
        case .json: .json
        case .markdown: .markdown
        }
    }
}

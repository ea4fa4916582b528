import ArgumentParser
import PortscopeLocalization
import PortscopeSystem

extension Language: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(tag: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `--lang`: the language of text, Markdown and HTML pages.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Language of the text, Markdown and HTML: en or it (default: from LC_ALL, LC_MESSAGES or LANG; JSON is always English).", valueName: "lang"))
    var lang: Language?

    /// The language asked for, else the one the locale environment names.
    var localizer: Localizer {
        Localizer(lang ?? Language.fromEnvironment { Environment.value($0) })
    }
}

import PortscopeKnowledge
import PortscopeLocalization
import Testing

/// The catalogue is complete in every language, and languages are chosen as documented.
@Suite struct LocalizationTests {
    @Test func everyMessageInEveryLanguage() {
        for language in Language.allCases {
            let table = Catalogue.table(language)
            let missing = Message.allCases.filter { (table[$0] ?? "").isEmpty }
            #expect(missing.isEmpty, "\(language) lacks \(missing.map(\.rawValue))")
        }
    }

    @Test func translationsKeepThePlaceholders() {
        for message in Message.allCases {
            let english = Localizer.placeholders(Catalogue.table(.english)[message] ?? "")
            for language in Language.allCases {
                let other = Localizer.placeholders(Catalogue.table(language)[message] ?? "")
                #expect(other == english, "\(message.rawValue) in \(language): \(other.sorted()) vs \(english.sorted())")
            }
        }
    }

    @Test func fillingPlaceholders() {
        #expect(Localizer.english(.headlinePort, ["port": "80/tcp"]) == "Port 80/tcp")
        #expect(Localizer.italian(.headlinePort, ["port": "80"]) == "Porta 80")
        #expect(Localizer.english(.verdictRegistered) == "IANA registers it to {services}.", "an argument not given stays visible")
        #expect(Localizer.italian.list(["a", "b", "c"]) == "a, b e c")
        #expect(Localizer.english.list(["a"]) == "a")
        #expect(Localizer.english.plural(1, one: .usageConnectionsOne, many: .usageConnectionsMany) == "In use here by 1 connection (no listener).")
        #expect(Localizer.english.plural(3, one: .usageConnectionsOne, many: .usageConnectionsMany) == "In use here by 3 connections (no listener).")
    }

    @Test(arguments: [
        ("it", Language.italian), ("it-IT", .italian), ("it_IT.UTF-8", .italian), ("IT", .italian),
        ("en", .english), ("en_GB", .english),
    ])
    func tags(tag: String, language: Language) {
        #expect(Language(tag: tag) == language)
    }

    @Test func unknownTags() {
        #expect(Language(tag: "fr") == nil)
        #expect(Language(tag: "") == nil)
        #expect(Language(tag: "italian") == nil)
    }

    @Test func localeEnvironment() {
        func language(_ values: [String: String]) -> Language { Language.fromEnvironment { values[$0] } }
        #expect(language([:]) == .english)
        #expect(language(["LANG": "it_IT.UTF-8"]) == .italian)
        #expect(language(["LANG": "it_IT.UTF-8", "LC_ALL": "C"]) == .english, "LC_ALL wins, and C is English")
        #expect(language(["LANG": "en_US", "LC_MESSAGES": "it_IT"]) == .italian)
        #expect(language(["LANG": "fr_FR"]) == .english, "a language portscope does not speak")
        #expect(language(["LC_ALL": "", "LANG": "it"]) == .italian, "an empty variable is not set")
    }

    @Test(arguments: [
        (nil, Language.english), ("it", .italian), ("it-IT,it;q=0.9,en;q=0.8", .italian),
        ("en-US,en;q=0.9,it;q=0.8", .english), ("fr-FR,fr;q=0.9,it;q=0.5", .italian), ("fr", .english),
        ("en;q=0.1, it;q=0.2", .italian), ("it;q=0", .english), ("*", .english), ("it;q=2", .english),
    ] as [(String?, Language)])
    func acceptLanguage(header: String?, language: Language) {
        #expect(Language.negotiate(acceptLanguage: header) == language)
    }

    /// The English catalogue says exactly what the verdict said before it was translated.
    @Test func englishVerdictIsTheSummary() {
        let linux = HostPortPolicy(os: .linux, ephemeralRange: 32768...60999, reservedPorts: [], unprivilegedPortStart: 1024, source: "test")
        for port: UInt16 in [0, 22, 80, 443, 8080, 49152, 60776, 61000, 65535] {
            let sentences = PortVerdict.sentences(for: Port(port), entries: [], host: linux)
            #expect(VerdictSentence.text(sentences, .english) == PortVerdict.summary(for: Port(port), entries: [], host: linux))
            let italian = VerdictSentence.text(sentences, .italian)
            #expect(!italian.isEmpty && italian != VerdictSentence.text(sentences, .english), "port \(port)")
        }
    }
}

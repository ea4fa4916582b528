import ArgumentParser
import Portscope
import PortscopeLocalization
import PortscopeRender
import PortscopeSystem

/// `portscope explain PORT|SERVICE[/PROTO]`: what is this port?
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "What is this port? IANA range and registrations, ephemeral ranges, advice.",
        discussion: """
        PORT is a number from 0 to 65535 (leading zeros, signs and whitespace are refused), \
        optionally with a protocol: 443/tcp, 5060/udp, 9/sctp, 9/dccp. A service name \
        (https, sip/udp) is looked up in IANA's registry. --format html writes the port page \
        as one self-contained file (this host as it is now, or knowledge only with --offline).
        """
    )

    @Argument(help: "A port (60776, 443/tcp) or an IANA service name (https, sip/udp).")
    var port: String

    @Flag(help: "Knowledge only: do not read this host's settings.")
    var offline = false

    @OptionGroup var wide: WideOption

    @OptionGroup var output: OutputOptions<ExplainFormat>

    @OptionGroup var language: LanguageOption

    func run() throws {
        let explainer = Explainer.live(offline: offline)
        let explanation = try explainer.explain(port)
        switch output.resolved {
        case .text: print(ExplainTextRenderer(style: output.style(wide), localizer: language.localizer).render(explanation), terminator: "")
        case .json: print(ExplainJSON.render(explanation), terminator: "")
        case .markdown: print(ExplainMarkdownRenderer.render(explanation, localizer: language.localizer), terminator: "")
        case .html:
            let page: PortPage
            if offline {
                page = PortPageBuilder.page(explanation, host: nil, registry: explainer.registry.registry, mode: .offline)
            } else {
                let now = WallClock.now()
                let host = try PortPageBuilder.liveHostView(inspector: .live())
                page = PortPageBuilder.page(explanation, host: host, registry: explainer.registry.registry, mode: .snapshot(takenAt: now), takenAt: now)
            }
            print(PortPageRenderer.render(page, PageContext(language: language.localizer.language, delivery: .file)), terminator: "")
        }
    }
}

import ArgumentParser
import Portscope
import PortscopeRender

/// `portscope ephemeral`: ephemeral-port pressure per destination, and a forecast.
struct EphemeralCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ephemeral",
        abstract: "Ephemeral-port pressure: range, usage by state, busiest destinations and their headroom, forecast.",
        discussion: """
        Exhaustion is per (source address, destination address, destination port): each \
        destination gets the whole usable range. --rate R prints, for R new connections per \
        second to one destination, whether that is sustainable (usable ports / 60 s of \
        TIME_WAIT) and otherwise how long until connect() fails with EADDRNOTAVAIL.
        """
    )

    @Option(help: "How many destinations to list.")
    var top = 10

    @Option(help: "New connections per second to one destination, for the forecast.")
    var rate: Double?

    @OptionGroup var output: OutputOptions<TextOrJSON>

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        if let rate, !(rate > 0 && rate.isFinite) { throw ValidationError("--rate must be a positive number of connections per second") }
    }

    func run() throws {
        let report = try PressureReporter.live().report(top: top, rate: rate)
        switch output.resolved {
        case .json: print(PressureRenderer.json(report), terminator: "")
        case .text: print(PressureRenderer(style: output.style).text(report), terminator: "")
        }
    }
}

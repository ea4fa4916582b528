import ArgumentParser
import Portscope
import PortscopeHost
import PortscopeProcesses
import PortscopeRender
import PortscopeSockets
import PortscopeSystem
import Synchronization

/// `portscope watch [PORT…]`: sockets appearing and disappearing, live.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch ports live: sockets opened, changing state and closed, with their processes.",
        discussion: """
        Samples the kernel's sockets (filtered to the watched ports in the kernel) every \
        --interval; it also reads the kernel's socket destroy notifications (when available), so \
        connections that open and close between two samples are still reported (their \
        process only if it was seen). On a terminal it shows a live view (q quits); otherwise \
        one line per event, or NDJSON with --format ndjson. Ctrl-C ends it with a summary.
        """
    )

    @Argument(help: "Ports or service names to watch (none: every socket).")
    var ports: [String] = []

    @Flag(help: "Only listening sockets.")
    var listening = false

    @OptionGroup var protocols: ProtocolOptions

    @Option(help: "Milliseconds between samples (10 to 60000).")
    var interval: Int = 100

    @Option(help: "Output: text (live view on a terminal, lines otherwise) or ndjson.")
    var format: WatchFormat = .text

    @Flag(help: "Shorthand for --format ndjson.")
    var json = false

    @Option(help: "Stop after this many seconds.")
    var duration: Double?

    @Option(help: "Stop after this many events (sockets present at the start do not count).")
    var count: Int?

    @Flag(name: .customLong("no-destroy"), help: "Sample only; do not subscribe to destroy notifications.")
    var noDestroy = false

    enum WatchFormat: String, ExpressibleByArgument {
        case text, ndjson
    }

    func validate() throws {
        guard (10...60_000).contains(interval) else { throw ValidationError("--interval takes 10 to 60000 milliseconds") }
        if let duration, !(duration > 0) { throw ValidationError("--duration must be positive") }
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
    }

    @OptionGroup var ownersOption: OwnersOption

    func run() throws {
        let registry = LoadedRegistry.load().registry
        var options = Watcher.Options()
        options.listeningOnly = listening
        options.protocols = protocols.protocols
        for port in ports {
            let argument = try PortArgumentResolver.resolve(port, registry: registry, protocols: protocols.protocols)
            options.ports.formUnion(argument.ports)
            if argument.protocols.count == 1 { options.protocols = argument.protocols }
        }
        var notes: [String] = []
        var destroy: DestroyMonitor?
        if !noDestroy {
            do {
                destroy = try DestroyMonitor()
            } catch {
                notes.append("destroy notifications are unavailable: sockets that open and close within one interval (\(interval) ms) may be missed (\(error))")
            }
        }
        let settings = try? SysctlReader().portSettings()
        let watcher = Watcher(
            options: options, sockets: SocketSources.repeating(), processes: ProcessTables.system(owners: ownersOption.owners),
            destroy: destroy, ephemeralRange: settings?.localPortRange
        )
        let ndjson = json || format == .ndjson
        let live = !ndjson && TerminalInfo.stdoutIsTerminal && TerminalInfo.stdinIsTerminal
        let renderer = WatchRenderer(style: TextStyle(colors: live || TerminalInfo.wantsColor, width: TerminalInfo.columns))
        let what = options.ports.isEmpty ? (listening ? "listening sockets" : "every socket") : options.ports.sorted().map(String.init).joined(separator: " ")
        let title = "portscope watch \(what) · every \(interval) ms · \(destroy != nil ? "destroy notifications on" : "sampling only") · q quits"
        for note in notes { TerminalInfo.writeError("portscope: note: \(TerminalText.sanitize(note))\n") }

        SignalFlags.install(catchSuspend: live)
        let terminal = live ? RawTerminal() : nil
        terminal?.enter()
        defer { terminal?.leave() }
        let start = Clock.now()
        var seen = 0
        var recent: [WatchEvent] = []
        var lastDraw = -Double.infinity
        var failure: Error?
        loop: while true {
            let round = Clock.now()
            let events: [WatchEvent]
            do {
                events = try watcher.step()
            } catch {
                failure = error
                break
            }
            for event in events {
                guard emit(event, ndjson: ndjson, live: live, renderer: renderer, recent: &recent) else { break loop }
                if !event.initial { seen += 1 }
                if let count, seen >= count { break loop }
            }
            if SignalFlags.stop.load(ordering: .relaxed) { break }
            if let terminal, SignalFlags.suspend.load(ordering: .relaxed) {
                // Ctrl-Z: give the terminal back as it was, stop; on `fg`, take it again and redraw.
                terminal.leave()
                SignalFlags.stopUntilContinued()
                terminal.enter()
                lastDraw = -Double.infinity
            }
            if let duration, Clock.now() - start >= duration { break }
            let wait = max(0, Double(interval) / 1000 - (Clock.now() - round))
            if let terminal {
                if SignalFlags.resized.exchange(false, ordering: .relaxed) || Clock.now() - lastDraw >= 0.1 {
                    let size = RawTerminal.size()
                    terminal.draw(renderer.screen(title: title, watcher: watcher, events: recent, columns: size.columns, rows: size.rows))
                    lastDraw = Clock.now()
                }
                if let key = terminal.readKey(timeout: wait), key == UInt8(ascii: "q") || key == 3 { break }
            } else {
                PreciseSleep.sleep(seconds: wait)
            }
        }
        for event in watcher.flush() { _ = emit(event, ndjson: ndjson, live: false, renderer: renderer, recent: &recent) }
        terminal?.leave()
        let summary = summaryLines(watcher, renderer: renderer, seconds: Clock.now() - start)
        if ndjson {
            TerminalInfo.writeError(summary.joined(separator: "\n") + "\n")
        } else {
            print(summary.joined(separator: "\n"))
        }
        if let failure { throw failure }
    }

    /// Writes one event; false when the output can no longer be written (the watch stops,
    /// and portscope exits with 74).
    func emit(_ event: WatchEvent, ndjson: Bool, live: Bool, renderer: WatchRenderer, recent: inout [WatchEvent]) -> Bool {
        if ndjson {
            print(WatchRenderer.ndjson(event))
        } else if live {
            recent.append(event)
            if recent.count > 500 { recent.removeFirst(recent.count - 500) }
            return true
        } else {
            print(renderer.line(event))
        }
        return TerminalInfo.flushOutput()
    }

    func summaryLines(_ watcher: Watcher, renderer: WatchRenderer, seconds: Double) -> [String] {
        let totals = watcher.totals
        let cheap = watcher.cheapSamples == 0 ? "" : " (\(watcher.cheapSamples) without a table walk: no new connection since the last)"
        var lines = ["watched \((seconds * 10).rounded() / 10) s: \(watcher.present) present at the start, \(totals[.opened] ?? 0) opened, \(totals[.closed] ?? 0) closed, \(totals[.state] ?? 0) state change\((totals[.state] ?? 0) == 1 ? "" : "s"); at most \(watcher.peakSockets) socket\(watcher.peakSockets == 1 ? "" : "s") at once; \(watcher.samples) sample\(watcher.samples == 1 ? "" : "s")\(cheap)"]
        lines += renderer.activityLines(watcher.activity())
        lines += watcher.warnings.map { "note: " + TerminalText.sanitize($0) }
        if watcher.droppedNotifications > 0 {
            lines.append("note: the kernel dropped \(watcher.droppedNotifications) destroy notification\(watcher.droppedNotifications == 1 ? "" : "s"): that many connections that closed between two samples are missing above")
        }
        return lines
    }
}

import ArgumentParser
import Portscope
import PortscopeProcesses
import PortscopeRender
import PortscopeSockets
import PortscopeSystem
import Synchronization

/// `portscope top [PORT…]`: traffic per port, live.
struct TopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "top",
        abstract: "Traffic per port, live: connections, new connections, bytes in and out, retransmits, accept queue.",
        discussion: """
        Every --interval, reads the TCP connections of each listener (or of the ports given) \
        with their counters from the kernel (tcp_info, no packet capture) and shows per port: \
        established connections, new connections per second, bytes received and sent per \
        second, retransmits per second, the accept queue. It also reads the kernel's destroy \
        notifications, which carry the final counters of connections that closed between two \
        samples; where they are unavailable (or some were dropped) those bytes are missing and \
        the rates are lower bounds (said so). A \
        port without a local listener counts the connections to it. On a terminal a live view \
        (q quits); otherwise one line per port per interval, or NDJSON with --format ndjson.
        """
    )

    @Argument(help: "Ports or service names (none: every TCP listener).")
    var ports: [String] = []

    @Option(help: "Order of the rows: traffic (rx + tx), conns, rx, tx or port.")
    var sort: TopRenderer.Order = .traffic

    @Option(help: "Seconds between samples (0.1 to 3600).")
    var interval: Double = 1

    @Option(help: "Output: text (live view on a terminal, lines otherwise) or ndjson.")
    var format: TopFormat = .text

    @Flag(help: "Shorthand for --format ndjson.")
    var json = false

    @Option(help: "Stop after this many seconds.")
    var duration: Double?

    @Option(help: "Stop after this many intervals.")
    var count: Int?

    enum TopFormat: String, ExpressibleByArgument {
        case text, ndjson
    }

    func validate() throws {
        guard interval >= 0.1, interval <= 3600 else { throw ValidationError("--interval takes 0.1 to 3600 seconds") }
        if let duration, !(duration > 0) { throw ValidationError("--duration must be positive") }
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
    }

    @OptionGroup var ownersOption: OwnersOption

    func run() throws {
        let registry = LoadedRegistry.load().registry
        var options = PortTop.Options()
        for port in ports {
            options.ports.formUnion(try PortArgumentResolver.resolve(port, registry: registry, protocols: [.tcp]).ports)
        }
        var notes: [String] = []
        if ProcessID.effectiveUser != 0 {
            notes.append("not root: the processes of other users' listeners are shown as ?")
        }
        var destroy: DestroyMonitor?
        do {
            destroy = try DestroyMonitor()
        } catch {
            notes.append("destroy notifications are unavailable (\(error)): bytes of connections that close between two samples are missing; the rates are lower bounds")
        }
        let note = notes.isEmpty ? nil : notes.joined(separator: "; ")
        let top = PortTop(options: options, sockets: SocketSources.repeating(), processes: ProcessTables.system(owners: ownersOption.owners), destroy: destroy)
        let ndjson = json || format == .ndjson
        let live = !ndjson && TerminalInfo.stdoutIsTerminal && TerminalInfo.stdinIsTerminal
        let renderer = TopRenderer(style: TextStyle(colors: live || TerminalInfo.wantsColor, width: TerminalInfo.columns))
        if let note, !live { TerminalInfo.writeError("portscope: note: \(TerminalText.sanitize(note))\n") }
        SignalFlags.install(catchSuspend: live)
        let terminal = live ? RawTerminal() : nil
        terminal?.enter()
        defer { terminal?.leave() }
        let start = Clock.now()
        var rounds = 0
        loop: while true {
            let round = Clock.now()
            let report = try top.step()
            if !report.baseline {
                rounds += 1
                if let terminal {
                    let size = RawTerminal.size()
                    let title = "portscope top · every \(interval) s · sorted by \(sort.rawValue) · q quits"
                    terminal.draw(renderer.screen(report, order: sort, title: title, note: note, columns: size.columns, rows: size.rows))
                } else {
                    let lines = ndjson ? TopRenderer.sorted(report.rows, by: sort).map { TopRenderer.ndjson(report, $0) } : renderer.lines(report, order: sort)
                    for line in lines { print(line) }
                    guard TerminalInfo.flushOutput() else { break loop }
                }
            } else if let terminal {
                terminal.draw([renderer.style.bold("portscope top · first sample taken; rates after \(interval) s · q quits")])
            }
            if let count, rounds >= count { break }
            if let duration, Clock.now() - start >= duration { break }
            while Clock.now() - round < interval {
                if SignalFlags.stop.load(ordering: .relaxed) { break loop }
                let left = interval - (Clock.now() - round)
                if let terminal {
                    if SignalFlags.suspend.load(ordering: .relaxed) {
                        terminal.leave()
                        SignalFlags.stopUntilContinued()
                        terminal.enter()
                    }
                    if let key = terminal.readKey(timeout: min(left, 0.1)), key == UInt8(ascii: "q") || key == 3 { break loop }
                } else {
                    PreciseSleep.sleep(seconds: min(left, 0.1))
                }
            }
        }
    }
}

extension TopRenderer.Order: ExpressibleByArgument {}

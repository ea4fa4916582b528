import Portscope
import PortscopeProcesses
import PortscopeRender
import Prometheus
import PortscopeSockets
import Synchronization

// This renderer lives with the server rather than in PortscopeRender so that swift-prometheus
// is linked into `portscope-serve` only and does not slow the start-up of every command.

/// Renders a ``MetricsSnapshot`` in the Prometheus text exposition format, with swift-prometheus.
///
/// Labels never carry command lines or local ephemeral port numbers, so the number of series
/// is bounded by the listeners and the `--top-destinations` destinations. Metric names:
///
/// | metric | type | labels |
/// |---|---|---|
/// | `portscope_listening_socket_info` | gauge (always 1) | protocol, family, address, port, service, process, in_ephemeral_range |
/// | `portscope_listening_sockets_in_ephemeral_range` | gauge | — |
/// | `portscope_listener_unexpected_info` | gauge (always 1), with `--baseline` | protocol, address, port, exe, unit, container, reason, expected_exe |
/// | `portscope_listener_missing_info` | gauge (always 1), with `--baseline` | protocol, address, port, exe, unit, container |
/// | `portscope_baseline_listeners`, `portscope_baseline_unverified_listeners` | gauge, with `--baseline` | — |
/// | `portscope_sockets` | gauge | protocol, state |
/// | `portscope_ephemeral_range_first`, `_last`, `_size`, `portscope_ephemeral_ports_usable` | gauge | — |
/// | `portscope_ephemeral_ports_in_use` | gauge | protocol, state |
/// | `portscope_ephemeral_destination_ports_in_use`, `…_time_wait`, `…_headroom` | gauge | protocol, source_address, destination_address, destination_port |
/// | `portscope_ephemeral_destinations` | gauge | — (all destinations, not only the exported ones) |
/// | `portscope_sockets_hidden_owner` | gauge | — |
/// | `portscope_collection_duration_seconds` | gauge | — |
/// | `portscope_snapshot_timestamp_seconds` | gauge | — |
///
/// One exposition object keeps its registry and series for the exporter's life, as
/// swift-prometheus intends: each snapshot sets the values of the series that exist already,
/// registers the new ones and unregisters those that are gone. (A fresh registry per snapshot
/// cost 12–20 ms at 333 listeners: the library copies a whole family for each labelled series
/// it adds to it.)
public final class PrometheusExposition: Sendable {
    private let series = Mutex(PrometheusSeries())

    public init() {}

    /// The exposition of `snapshot`, from the series kept since the last one.
    public func render(_ snapshot: MetricsSnapshot) -> String {
        series.withLock { series in
            Self.register(snapshot, series)
            return series.emit()
        }
    }

    /// The exposition of `snapshot` alone (a registry of its own).
    public static func render(_ snapshot: MetricsSnapshot) -> String {
        let series = PrometheusSeries()
        register(snapshot, series)
        return series.emit()
    }

    /// Sets every series of `snapshot` in `registry`.
    static func register(_ snapshot: MetricsSnapshot, _ registry: PrometheusSeries) {
        for socket in snapshot.listeners {
            // Names are chosen by any local user; `gauge` escapes every label value.
            let names = Array(Set(socket.processes.map(\.name))).sorted().joined(separator: ",")
            let process = socket.owner == .known ? names : socket.owner.rawValue
            registry.gauge("listening_socket_info", labels: [
                    ("protocol", socket.entry.transport.rawValue), ("family", socket.entry.family.rawValue),
                    ("address", socket.entry.local.address.description), ("port", String(socket.entry.local.port)),
                    ("service", socket.service ?? ""), ("process", process),
                    ("in_ephemeral_range", socket.warning == nil ? "false" : "true"),
                ],
                help: "A listening socket (TCP LISTEN or bound UDP); the value is always 1. process is the name of the holding processes (hidden or none when unknown), never a command line."
            ).set(1.0)
        }
        for socket in snapshot.listeners where socket.entry.transport == .tcp {
            let labels = [("protocol", socket.entry.transport.rawValue), ("address", socket.entry.local.address.description), ("port", String(socket.entry.local.port))]
            if let queue = socket.entry.acceptQueue {
                registry.gauge("listener_queue_length", labels: labels, help: "Connections waiting in a TCP listener's accept queue.").set(Double(queue.current))
                registry.gauge("listener_queue_max", labels: labels, help: "The most connections a TCP listener's accept queue holds (listen() backlog, capped by net.core.somaxconn).").set(Double(queue.maximum))
            }
            for (state, count) in (socket.connections?.byState ?? [:]).sorted(by: { $0.key.rawValue < $1.key.rawValue }) where count > 0 {
                registry.gauge("listener_connections", labels: labels + [("state", state.rawValue)],
                      help: "Connections a TCP listener accepted, by state (states with none are not exported).").set(Double(count))
            }
        }
        if let traffic = snapshot.traffic {
            for (port, bytes) in traffic.byPort.sorted(by: { $0.key < $1.key }) {
                registry.counter("port_received_bytes_total", labels: [("port", String(port))], total: bytes.received,
                        help: "Bytes received by the connections of a listening port since the exporter started (live ones and, with destroy notifications, closed ones), as the kernel counts them: a connection's FIN counts one.")
                registry.counter("port_sent_bytes_total", labels: [("port", String(port))], total: bytes.sent,
                        help: "Payload bytes sent by the connections of a listening port since the exporter started (live ones and, with destroy notifications, closed ones).")
            }
            registry.gauge("port_bytes_complete", help: "1 when the byte counters include every closed connection (destroy notifications, nothing dropped); 0 when they are lower bounds.")
                .set(traffic.complete ? 1.0 : 0.0)
        }
        if let diff = snapshot.baseline { baseline(diff, registry) }
        registry.gauge("listening_sockets_in_ephemeral_range", help: "Listening sockets whose port is inside this host's ephemeral range (outgoing connections can take that port while the service is down).")
            .set(Double(snapshot.listeners.filter { $0.warning != nil }.count))
        for count in snapshot.sockets {
            registry.gauge("sockets", labels: [("protocol", count.transport.rawValue), ("state", count.state.rawValue)],
                               help: "Sockets of this network namespace by protocol and state.").set(Double(count.count))
        }
        let pressure = snapshot.pressure
        registry.gauge("ephemeral_range_first", help: "First port of net.ipv4.ip_local_port_range.").set(Double(pressure.range.lowerBound))
        registry.gauge("ephemeral_range_last", help: "Last port of net.ipv4.ip_local_port_range.").set(Double(pressure.range.upperBound))
        registry.gauge("ephemeral_range_size", help: "Ports in net.ipv4.ip_local_port_range (last - first + 1).")
            .set(Double(Int(pressure.range.upperBound) - Int(pressure.range.lowerBound) + 1))
        registry.gauge("ephemeral_ports_usable", help: "Ports of the ephemeral range minus reserved ones: what connect() can hand out per destination.").set(Double(pressure.usable))
        for usage in pressure.usage {
            registry.gauge("ephemeral_ports_in_use", labels: [("protocol", usage.transport.rawValue), ("state", usage.state.rawValue)],
                               help: "Sockets whose local port is inside the ephemeral range, by protocol and state.").set(Double(usage.count))
        }
        for destination in pressure.destinations {
            let labels = [
                ("protocol", destination.transport.rawValue), ("source_address", destination.localAddress.description),
                ("destination_address", destination.remote.address.description), ("destination_port", String(destination.remote.port)),
            ]
            registry.gauge("ephemeral_destination_ports_in_use", labels: labels,
                               help: "Local ports from the ephemeral range used toward one destination (the busiest ones only).").set(Double(destination.used))
            registry.gauge("ephemeral_destination_time_wait", labels: labels,
                               help: "Of those, sockets in TIME_WAIT.").set(Double(destination.timeWait))
            registry.gauge("ephemeral_destination_headroom", labels: labels,
                               help: "Usable ephemeral ports minus those in use toward the destination: new connections it can still take now.").set(Double(destination.headroom))
        }
        registry.gauge("ephemeral_destinations", help: "Destinations with outgoing connections from the ephemeral range (all of them; only the busiest are exported per destination).")
            .set(Double(pressure.destinationCount))
        registry.gauge("sockets_hidden_owner", help: "Listening sockets whose processes could not be read (run the exporter as root to see them).")
            .set(Double(snapshot.hiddenListeners))
        registry.gauge("collection_duration_seconds", help: "Seconds the last snapshot took to collect (socket dump and process walk).")
            .set(snapshot.collectionSeconds)
        registry.gauge("snapshot_timestamp_seconds", help: "When the exported snapshot was taken (Unix time); scrapes within --min-interval share one snapshot.")
            .set(snapshot.takenAt)
    }

    /// `serve --baseline`: one series per listener that is not in the baseline (new, or held
    /// by other programs) and per baseline listener that is gone, plus the counts. Program
    /// paths, units and containers are labels (escaped); command lines never are.
    static func baseline(_ diff: BaselineDiff, _ registry: PrometheusSeries) {
        func labels(_ listener: ListenerBaseline.Listener, _ programs: [ListenerBaseline.Program]) -> [(String, String)] {
            func joined(_ values: [String?]) -> String { Array(Set(values.compactMap { $0 })).sorted().joined(separator: ",") }
            return [("protocol", listener.protocol), ("address", listener.address), ("port", String(listener.port)),
                    ("exe", joined(programs.map(\.exe))), ("unit", joined(programs.map(\.unit))), ("container", joined(programs.map(\.container)))]
        }
        for change in diff.changes {
            switch change.kind {
            case .new, .changed:
                registry.gauge("listener_unexpected_info", labels: labels(change.listener, change.listener.programs) + [
                    ("reason", change.kind.rawValue), ("expected_exe", change.kind == .changed ? Array(Set(change.before.compactMap(\.exe))).sorted().joined(separator: ",") : ""),
                ], help: "A listener that is not in the --baseline file: reason=\"new\" (no listener on that address then) or \"changed\" (held by other programs than then; expected_exe names them). The value is always 1.").set(1.0)
            case .gone:
                registry.gauge("listener_missing_info", labels: labels(change.listener, change.listener.programs),
                      help: "A listener of the --baseline file that is not listening now (its service stopped, or moved). The value is always 1.").set(1.0)
            }
        }
        registry.gauge("baseline_listeners", help: "Listeners in the --baseline file (after its ignore patterns).").set(Double(diff.baselineCount))
        registry.gauge("baseline_unverified_listeners", help: "Listeners in both the baseline and now whose programs could not be compared (hidden now or when the baseline was taken: run both as root).").set(Double(diff.unverified.count))
    }

    /// The one series that differs between scrapes sharing a snapshot, rendered on its own
    /// so the rest of the exposition is rendered once per snapshot.
    public static func scrapeDuration(_ seconds: Double) -> String {
        let registry = PrometheusSeries()
        registry.gauge("scrape_duration_seconds", help: "Seconds the exporter spent answering this scrape (waiting for a snapshot included).").set(seconds)
        return registry.emit()
    }
}

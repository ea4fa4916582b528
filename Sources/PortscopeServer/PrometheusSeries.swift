import PortscopeRender
import Prometheus

/// The series of one swift-prometheus registry, kept from one exposition to the next: a
/// round of ``gauge(_:labels:help:)`` and ``counter(_:labels:total:help:)`` calls names every
/// series of a snapshot, and ``emit()`` drops those the round did not name before writing the
/// exposition. Names get the `portscope_` prefix; every label value passes through
/// ``TerminalText/label(_:)`` (process names and a user's registry copy are chosen by others).
///
/// Not thread-safe: ``PrometheusExposition`` holds it under a lock.
final class PrometheusSeries {
    private let registry = PrometheusCollectorRegistry()

    /// A series: its metric name and label pairs, flattened.
    private struct Key: Hashable {
        var name: String
        var labels: [String]
    }

    private enum Metric {
        case gauge(Gauge)
        /// A counter and the total it was last brought to.
        case counter(Counter, total: UInt64)
    }

    private var known: [Key: Metric] = [:]
    /// The series named since the last ``emit()``.
    private var named: Set<Key> = []

    /// The gauge `portscope_<name>` with `labels` (unit suffixes are part of `name`).
    func gauge(_ name: String, labels: [(String, String)] = [], help: String) -> Gauge {
        let (key, escaped) = self.key(name, labels)
        if case let .gauge(gauge)? = known[key] { return gauge }
        let descriptor = MetricNameDescriptor(namespace: "portscope", metricName: name, unitName: "", helpText: help)
        let gauge = escaped.isEmpty ? registry.makeGauge(descriptor: descriptor) : registry.makeGauge(descriptor: descriptor, labels: escaped)
        known[key] = .gauge(gauge)
        return gauge
    }

    /// Brings the counter `portscope_<name>` with `labels` to `total`, which only grows while
    /// the series exists (a smaller one starts it again from zero).
    func counter(_ name: String, labels: [(String, String)], total: UInt64, help: String) {
        let (key, escaped) = self.key(name, labels)
        let counter: Counter
        var from: UInt64 = 0
        if case let .counter(existing, last)? = known[key] {
            counter = existing
            if total >= last { from = last } else { counter.reset() }
        } else {
            let descriptor = MetricNameDescriptor(namespace: "portscope", metricName: name, unitName: "", helpText: help)
            counter = registry.makeCounter(descriptor: descriptor, labels: escaped)
        }
        if total > from { counter.increment(by: Int64(clamping: total - from)) }
        known[key] = .counter(counter, total: total)
    }

    /// The exposition of the series named since the last call; the others are unregistered.
    func emit() -> String {
        for (key, metric) in known where !named.contains(key) {
            switch metric {
            case let .gauge(gauge): registry.unregisterGauge(gauge)
            case let .counter(counter, _): registry.unregisterCounter(counter)
            }
            known[key] = nil
        }
        named.removeAll(keepingCapacity: true)
        return registry.emitToString()
    }

    private func key(_ name: String, _ labels: [(String, String)]) -> (Key, [(String, String)]) {
        let escaped = labels.map { ($0.0, TerminalText.label($0.1)) }
        let key = Key(name: name, labels: escaped.flatMap { [$0.0, $0.1] })
        named.insert(key)
        return (key, escaped)
    }
}

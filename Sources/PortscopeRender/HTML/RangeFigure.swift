import Portscope
import PortscopeKnowledge
import PortscopeLocalization

/// The line of ports 0–65535 drawn to scale (inline SVG, no script, no style attribute):
/// IANA's three ranges, this host's ephemeral range with its reserved ports, each OS's
/// default range, and a marker at the port.
enum RangeFigure {
    static let width = 1000.0
    static let labelWidth = 230.0
    static let barLeft = 240.0
    static let barWidth = 750.0
    static let rowHeight = 34.0
    static let rowGap = 12.0
    static let top = 44.0

    /// The x coordinate of `port` on the bar.
    static func x(_ port: Int) -> Double {
        barLeft + barWidth * Double(port) / 65535
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func write(_ w: inout HTMLWriter, _ e: PortExplanation, _ l: Localizer) {
        var rows: [(label: String, segments: [(first: Int, last: Int, kind: StaticString)])] = []
        rows.append(("IANA", [
            (0, 1023, "seg-system"), (1024, 49151, "seg-user"), (49152, 65535, "seg-dynamic"),
        ]))
        if let host = e.ephemeral.host {
            var segments: [(Int, Int, StaticString)] = [(Int(host.range.lowerBound), Int(host.range.upperBound), "eph")]
            segments += host.reservedPorts.map { (Int($0.lowerBound), Int($0.upperBound), "reserved") }
            rows.append((l(.rangeThisHost), segments))
        }
        for d in e.ephemeral.defaults {
            rows.append((l(.mdOSDefault, ["os": d.os.displayName]), [(Int(d.range.lowerBound), Int(d.range.upperBound), "eph")]))
        }
        let height = top + Double(rows.count) * (rowHeight + rowGap) + 30
        let port = Int(e.port.rawValue)
        let title = l(.rangeFigureTitle, ["port": String(port)])
        var description = [e.ianaRange.title(l) + " \(e.ianaRange.first)–\(e.ianaRange.last)"]
        if let host = e.ephemeral.host { description.append(l(.rangeThisHost) + " \(host.range.lowerBound)–\(host.range.upperBound)") }
        description += e.ephemeral.defaults.map { l(.mdOSDefault, ["os": $0.os.displayName]) + " \($0.range.lowerBound)–\($0.range.upperBound)" }

        w.element("figure", ["class": "ranges"]) { w in
            w.element("svg", [
                "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Int(width)) \(Int(height))", "role": "img",
                "aria-labelledby": "range-svg-title range-svg-desc", "class": "range-svg",
            ]) { w in
                w.element("title", ["id": "range-svg-title"], text: title)
                w.element("desc", ["id": "range-svg-desc"], text: description.joined(separator: "; "))
                // The scale: 0, 1024, 32768, 49152, 65535.
                for tick in [0, 1024, 32768, 49152, 65535] {
                    let position = x(tick)
                    w.element("line", ["class": "tick", "x1": number(position), "x2": number(position), "y1": number(top - 8), "y2": number(height - 26)]) { _ in }
                    // 1024 sits too close to 0 to be labelled at this scale: its line shows it.
                    guard tick != 1024 else { continue }
                    w.element("text", ["class": "tick-label", "x": number(position), "y": number(height - 6), "text-anchor": tick == 0 ? "start" : tick == 65535 ? "end" : "middle"], text: String(tick))
                }
                for (index, row) in rows.enumerated() {
                    let y = top + Double(index) * (rowHeight + rowGap)
                    w.element("text", ["class": "row-label", "x": "0", "y": number(y + rowHeight * 0.68)], text: row.label)
                    w.element("rect", ["class": "track", "x": number(barLeft), "y": number(y), "width": number(barWidth), "height": number(rowHeight)]) { _ in }
                    for segment in row.segments {
                        let left = x(segment.first)
                        let right = x(segment.last + 1 > 65535 ? 65535 : segment.last + 1)
                        w.element("rect", [
                            "class": segment.kind.description, "x": number(left), "y": number(y),
                            "width": number(max(2, right - left)), "height": number(rowHeight),
                        ]) { w in
                            w.element("title", text: "\(segment.first)–\(segment.last)")
                        }
                    }
                }
                let marker = x(port)
                w.element("line", ["class": "marker", "x1": number(marker), "x2": number(marker), "y1": "24", "y2": number(height - 26)]) { _ in }
                w.element("text", [
                    "class": "marker-label", "x": number(marker), "y": "18",
                    "text-anchor": marker < barLeft + 60 ? "start" : marker > width - 60 ? "end" : "middle",
                ], text: l(.rangeLegendPort, ["port": String(port)]))
            }
            w.element("figcaption") { w in
                w.element("span", ["class": "key key-system"], text: e.ianaRange == .system ? "▶ " + IANARange.system.title(l) : IANARange.system.title(l))
                w.element("span", ["class": "key key-user"], text: e.ianaRange == .user ? "▶ " + IANARange.user.title(l) : IANARange.user.title(l))
                w.element("span", ["class": "key key-dynamic"], text: e.ianaRange == .dynamic ? "▶ " + IANARange.dynamic.title(l) : IANARange.dynamic.title(l))
                w.element("span", ["class": "key key-eph"], text: l(.rangeLegendEphemeral))
                if e.ephemeral.host?.reservedPorts.isEmpty == false {
                    w.element("span", ["class": "key key-reserved"], text: l(.rangeLegendReserved))
                }
            }
        }
    }
}

import Portscope
import PortscopeLocalization
import PortscopeProcesses
import PortscopeSockets

/// Renders the server's `/` page: this host's listeners (each linking to its port page),
/// ephemeral-range use, other network namespaces, and the listeners that came and went.
public enum HomePageRenderer {
    public static func render(_ overview: HostOverview, _ context: PageContext, registryUpdated: String, registrySource: String) -> String {
        var w = HTMLWriter()
        let l = context.l
        PageChrome.document(&w, context, title: l(.homeTitle), path: "/", footer: PageChrome.footer(l, updated: registryUpdated, source: registrySource)) { w in
            w.element("main", ["id": "home-page"]) { w in
                w.element("h1", text: l(.homeHeading))
                w.element("p", ["class": "status"], text: l(.homeAsOf, ["time": PageContext.time(overview.takenAt)]))
                PageChrome.section(&w, id: "listeners", title: l(.homeListeners)) { w in listeners(&w, overview, context) }
                PageChrome.section(&w, id: "ephemeral-use", title: l(.homeEphemeral)) { w in ephemeral(&w, overview.pressure, l) }
                PageChrome.section(&w, id: "namespaces", title: l(.homeNamespaces)) { w in namespaces(&w, overview, l) }
                PageChrome.section(&w, id: "events", title: l(.homeEvents)) { w in events(&w, overview, context) }
            }
        }
        return w.html
    }

    static func listeners(_ w: inout HTMLWriter, _ overview: HostOverview, _ context: PageContext) {
        let l = context.l
        let sockets = overview.listeners.sockets.sorted { ($0.entry.local.port, $0.entry.transport.rawValue) < ($1.entry.local.port, $1.entry.transport.rawValue) }
        guard !sockets.isEmpty else {
            w.element("p", text: l(.homeNoListeners))
            return
        }
        let headers = [l(.columnPort), l(.columnProtocol), l(.columnAddress), l(.columnService), l(.columnProcess), l(.columnUser), l(.columnQueue), l(.columnWarning)]
        w.element("div", ["class": "scroll"]) { w in
            w.element("table") { w in
                w.element("thead") { w in
                    w.element("tr") { w in for header in headers { w.element("th", ["scope": "col"], text: header) } }
                }
                w.element("tbody") { w in
                    for socket in sockets {
                        let port = socket.entry.local.port
                        w.element("tr") { w in
                            w.element("td") { w in
                                if let link = context.link(PageContext.portPath(port, protocolName: socket.entry.transport.rawValue)) {
                                    w.element("a", ["href": link], text: String(port))
                                } else {
                                    w.text(String(port))
                                }
                            }
                            w.element("td", text: socket.entry.transport.rawValue)
                            w.element("td", text: socket.entry.localDescription)
                            w.element("td", text: socket.service ?? "")
                            let row = SocketRows.rows(SocketReport(port: port, sockets: [socket], hidden: nil, source: "", warnings: [], elsewhere: [], allNamespaces: false), l).first ?? []
                            w.element("td", text: row.count > 5 ? row[5] : "")
                            w.element("td", text: row.count > 6 ? row[6] : "")
                            let queue = socket.entry.acceptQueue
                            w.element("td", text: queue.map { "\($0.current)/\($0.maximum)" } ?? "")
                            var warnings: [String] = []
                            if socket.warning != nil { warnings.append(l(.homeWarningEphemeral)) }
                            if let queue, queue.maximum > 0, Double(queue.current) > 0.8 * Double(queue.maximum) { warnings.append(l(.homeQueueFull)) }
                            w.element("td", ["class": warnings.isEmpty ? nil : "warning"], text: warnings.joined(separator: "; "))
                        }
                    }
                }
            }
        }
    }

    static func ephemeral(_ w: inout HTMLWriter, _ pressure: PressureReport, _ l: Localizer) {
        let inUse = pressure.usage.reduce(0) { $0 + $1.count }
        w.element("p", text: l(.ephHostRange, [
            "first": String(pressure.range.lowerBound), "last": String(pressure.range.upperBound),
            "usable": String(pressure.usable), "reserved": String(pressure.reservedInRange), "inUse": String(inUse),
        ]))
        if !pressure.usage.isEmpty {
            PageChrome.table(&w, caption: nil, headers: [l(.columnProtocol), l(.columnState), l(.columnCount)],
                             rows: pressure.usage.map { [$0.transport.rawValue, $0.state.rawValue, String($0.count)] }, numeric: [2])
        }
        guard !pressure.destinations.isEmpty else {
            w.element("p", text: l(.ephNoDestinations))
            return
        }
        PageChrome.table(&w, caption: nil, headers: [l(.columnDestination), l(.columnProtocol), l(.columnPortsUsed), "TIME_WAIT", l(.columnHeadroom)],
                         rows: pressure.destinations.map { ["\($0.localAddress) → \($0.remote)", $0.transport.rawValue, String($0.used), String($0.timeWait), String($0.headroom)] },
                         numeric: [2, 3, 4])
        w.element("p", prose: l(.ephAdvice))
    }

    static func namespaces(_ w: inout HTMLWriter, _ overview: HostOverview, _ l: Localizer) {
        let holdings = overview.namespaces ?? []
        if holdings.isEmpty {
            w.element("p", text: l(.homeNamespacesNone))
        } else {
            PageChrome.table(&w, caption: nil, headers: [l(.columnNamespace), l(.homeListeners)], rows: holdings.map { holding in
                let place = holding.namespace.container.map { l(.placeContainer, ["runtime": $0.runtime, "id": $0.shortID]) }
                    ?? l(.placeNamespace, ["id": String(holding.namespace.id), "process": holding.namespace.processName ?? "pid \(holding.namespace.pid)"])
                return [place, String(holding.sockets)]
            }, numeric: [1])
        }
        if let first = overview.skippedNamespaces.first {
            w.element("p", ["class": "note"], text: l.plural(overview.skippedNamespaces.count, one: .homeNamespacesSkippedOne, many: .homeNamespacesSkippedMany, ["reason": first.reason]))
        }
    }

    static func events(_ w: inout HTMLWriter, _ overview: HostOverview, _ context: PageContext) {
        let l = context.l
        w.element("p", ["class": "note"], text: l(.homeEventsNote, ["interval": Self.seconds(overview.interval)]))
        guard !overview.events.isEmpty else {
            w.element("p", text: l(.homeEventsNone, ["time": PageContext.time(overview.startedAt)]))
            return
        }
        PageChrome.table(&w, caption: nil, headers: [l(.columnTime), l(.columnEvent), l(.columnProtocol), l(.columnAddress), l(.columnProcess)],
                         rows: overview.events.map { event in
                             [PageContext.time(event.time), l(event.kind == .opened ? .eventOpened : .eventClosed), event.transport.rawValue, event.local,
                              event.processes.joined(separator: ", ")]
                         })
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

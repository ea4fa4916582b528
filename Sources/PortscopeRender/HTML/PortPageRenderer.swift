import Portscope
import PortscopeForwarding
import PortscopeHost
import PortscopeKnowledge
import PortscopeLocalization
import PortscopeProcesses
import PortscopeSockets

/// Renders the port page (`/ports/{port}`, `explain --format html`): what the port is, its
/// range drawn to scale, the uses one may see, this host now, whether a service can bind it,
/// how to check elsewhere, why ephemeral ports matter, and questions answered from the facts.
/// Pure: a ``PortPage`` in, one HTML document out; every string from the catalogue or
/// escaped data.
public enum PortPageRenderer {
    public static func render(_ page: PortPage, _ context: PageContext) -> String {
        var w = HTMLWriter()
        let e = page.explanation
        let l = context.l
        let proto = e.transport.map { "/\($0.rawValue)" } ?? ""
        let path = PageContext.portPath(e.port.rawValue, protocolName: e.transport?.rawValue)
        PageChrome.document(&w, context, title: l(.pageTitle, ["port": "\(e.port)\(proto)"]), path: path,
                            footer: PageChrome.footer(l, updated: e.registry.updated, source: e.registry.source)) { w in
            w.element("main", [
                "id": "port-page", "data-port": String(e.port.rawValue),
                "data-protocols": e.transport.map(\.rawValue) ?? "tcp udp", "data-lang": context.language.rawValue,
            ]) { w in
                headline(&w, e, l)
                whatItIs(&w, e, context)
                PageChrome.section(&w, id: "range", title: l(.secRange)) { w in range(&w, e, l) }
                PageChrome.section(&w, id: "uses", title: l(.secUses)) { w in
                    w.element("ul") { w in for use in page.uses { w.element("li", prose: text(use, l)) } }
                }
                PageChrome.section(&w, id: "host", title: l(.sectionOnThisHost)) { w in host(&w, page, context) }
                PageChrome.section(&w, id: "bind", title: l(.secBind)) { w in bind(&w, page, context) }
                PageChrome.section(&w, id: "elsewhere", title: l(.secElsewhere)) { w in elsewhere(&w, e, l) }
                PageChrome.section(&w, id: "ephemeral", title: l(.secEphemeral)) { w in ephemeral(&w, page, l) }
                PageChrome.section(&w, id: "faq", title: l(.secFAQ)) { w in
                    for question in page.questions {
                        let (q, a) = answer(question, page, l)
                        w.element("details", ["open": ""]) { w in
                            w.element("summary", text: q)
                            for paragraph in a { w.element("p", prose: paragraph) }
                        }
                    }
                }
            }
        }
        return w.html
    }

    static func headline(_ w: inout HTMLWriter, _ e: PortExplanation, _ l: Localizer) {
        let proto = e.transport.map { "/\($0.rawValue)" } ?? ""
        var services: [String] = []
        for r in e.registrations where r.status == .assigned {
            if let name = r.service, !services.contains(name) { services.append(name) }
        }
        if let queried = e.queriedService, let index = services.firstIndex(of: queried) {
            services.insert(services.remove(at: index), at: 0)
        }
        w.element("h1") { w in
            w.text(l(.headlinePort, ["port": "\(e.port)\(proto)"]))
            w.element("span", ["class": "sub"]) { w in
                w.text(" · ")
                if let first = services.first {
                    w.text(first)
                } else if e.registrations.contains(where: { $0.listed && $0.status == .reserved }) {
                    w.text(l(.headlineReserved))
                } else {
                    w.text(l(.headlineUnregistered))
                }
            }
        }
        w.element("p", ["class": "verdict"], text: VerdictSentence.text(e.verdict, l))
    }

    static func whatItIs(_ w: inout HTMLWriter, _ e: PortExplanation, _ context: PageContext) {
        let l = context.l
        PageChrome.section(&w, id: "what", title: l(.secWhat)) { w in
            w.element("p", text: l(.whatRange, ["title": e.ianaRange.title(l), "first": e.ianaRange.first.description, "last": e.ianaRange.last.description]) + " " + e.ianaRange.meaning(l))
            if let service = e.queriedService {
                var line = l(.headlineResolves, ["service": service, "port": e.port.description])
                if !e.otherPorts.isEmpty { line += "; " + l(.headlineAlsoOn, ["ports": e.otherPorts.map(rangeText).joined(separator: ", ")]) }
                w.element("p", text: line)
            }
            w.element("div", ["class": "scroll"]) { w in
                w.element("table") { w in
                    w.element("caption", text: l(.sectionRegistrations))
                    w.element("thead") { w in
                        w.element("tr") { w in
                            for header in [l(.columnProtocol), l(.columnService), l(.columnStatus), l(.columnDescription), l(.columnReferences)] {
                                w.element("th", ["scope": "col"], text: header)
                            }
                        }
                    }
                    w.element("tbody") { w in
                        for r in e.registrations {
                            w.element("tr") { w in
                                w.element("td", text: r.transport.rawValue)
                                w.element("td", text: r.service ?? "—")
                                w.element("td", text: ExplainMarkdownRenderer.status(r.status, l))
                                var description = r.listed ? (r.description.split(separator: "\n").first.map(String.init) ?? "")
                                    : (e.ianaRange == .dynamic ? l(.impliedDynamic) : l(.impliedUnregistered, ["protocol": r.transport.rawValue]))
                                if let range = r.range { description += " " + l(.portsRange, ["range": rangeText(range)]) }
                                w.element("td", text: description)
                                w.element("td") { w in
                                    for (index, reference) in r.references.enumerated() {
                                        if index > 0 { w.text(", ") }
                                        let link = RegistryReference(reference)
                                        if let url = link.url {
                                            w.element("a", ["href": url, "rel": "noreferrer"], text: link.label)
                                        } else {
                                            w.text(link.label)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            let notes = e.registrations.filter { !$0.notes.isEmpty }
            if !notes.isEmpty {
                w.element("details") { w in
                    w.element("summary", text: l(.mdNotes))
                    var seen: Set<String> = []
                    for r in notes where seen.insert((r.service ?? "") + r.notes).inserted {
                        w.element("p") { w in
                            w.element("strong", text: (r.service ?? r.status.rawValue) + ": ")
                            w.lines(ExplainMarkdownRenderer.tidy(r.notes))
                        }
                    }
                }
            }
        }
    }

    static func range(_ w: inout HTMLWriter, _ e: PortExplanation, _ l: Localizer) {
        RangeFigure.write(&w, e, l)
        var rows: [[String]] = []
        if let host = e.ephemeral.host {
            rows.append([l(.rangeThisHost), rangeText(host.range), l.yesNo(host.contains) + (host.reserved ? " " + l(.mdReservedParen) : "")])
        }
        for d in e.ephemeral.defaults {
            rows.append([l(.mdOSDefault, ["os": d.os.displayName]), rangeText(d.range), l.yesNo(d.contains)])
        }
        PageChrome.table(&w, caption: l(.mdEphemeralTitle), headers: [l(.columnSystem), l(.columnRange), l(.columnContains, ["port": e.port.description])], rows: rows)
        if let host = e.ephemeral.host, !host.reservedPorts.isEmpty {
            w.element("p", text: l(.rangeReservedHere, ["list": host.reservedPorts.map(rangeText).joined(separator: ", ")]))
        }
        for note in e.ephemeral.host?.notes ?? [] {
            w.element("p", ["class": "note"], text: l(.noteLabel, ["text": note.text(l)]))
        }
    }

    static func systems(_ systems: [EphemeralSystem], _ l: Localizer) -> String {
        l.list(systems.map { system in
            switch system {
            case .thisHost: l(.ephemeralThisHost)
            case .os(let os): os.displayName
            }
        })
    }

    /// A use in `l`'s language.
    public static func text(_ use: PortUse, _ l: Localizer) -> String {
        switch use {
        case .ephemeralSource(let list): l(.useEphemeralSource, ["systems": systems(list, l)])
        case .dnsQuerySource: l(.useDNSSource)
        case let .registeredService(name, protocols, description):
            description.isEmpty
                ? l(.useRegisteredBare, ["name": name, "protocols": protocols.joined(separator: ", ")])
                : l(.useRegistered, ["name": name, "protocols": protocols.joined(separator: ", "), "description": description])
        case .privateUse: l(.usePrivate)
        case .reservedByIANA: l(.useReserved)
        case .privilegedService(let start): l(.usePrivileged, ["start": String(start)])
        case let .unauthorizedUse(service, text): l(.useUnauthorized, ["service": service, "text": text])
        case .unassignedPort: l(.useUnassigned)
        }
    }

    static func host(_ w: inout HTMLWriter, _ page: PortPage, _ context: PageContext) {
        let l = context.l
        let e = page.explanation
        let status: String
        switch page.mode {
        case .served: status = l(.hostAsOf, ["time": PageContext.time(page.takenAt ?? 0)])
        case .snapshot(let takenAt): status = l(.hostSnapshot, ["time": PageContext.time(takenAt)])
        case .offline: status = l(.hostNotRead)
        }
        w.element("p", [
            "id": "host-status", "class": "status", "aria-live": "polite",
            "data-live": context.delivery == .served ? l(.hostLive) : nil,
            "data-lost": context.delivery == .served ? l(.hostLiveLost) : nil,
        ], text: status)
        guard let report = e.sockets else { return }
        PageChrome.table(&w, caption: nil, headers: SocketRows.headers(l), rows: SocketRows.rows(report, l), bodyID: "sockets-body",
                         empty: SocketRows.empty(port: e.port.rawValue, l))
        // Always present (empty when every socket is shown): live updates fill it in.
        w.element("p", ["id": "sockets-truncated", "class": "note"], prose: SocketRows.truncated(port: e.port.rawValue, total: report.sockets.count, l) ?? "")
        let hidden = report.sockets.filter { $0.owner == .hidden }.count
        if hidden > 0 {
            w.element("p", ["class": "note"], text: l.plural(hidden, one: .hostHiddenOne, many: .hostHiddenMany))
        }
        for holding in report.elsewhere {
            let place = holding.namespace.container.map { l(.placeContainer, ["runtime": $0.runtime, "id": $0.shortID]) }
                ?? l(.placeNamespace, ["id": String(holding.namespace.id), "process": holding.namespace.processName ?? "pid \(holding.namespace.pid)"])
            w.element("p", ["class": "note"], text: l.plural(holding.sockets, one: .hostElsewhereOne, many: .hostElsewhereMany, [
                "place": place, "listening": holding.listening ? l(.listeningParen) : "",
            ]))
        }
        forwards(&w, report.forwards, l)
    }

    /// The NAT rules that send the port's traffic elsewhere.
    static func forwards(_ w: inout HTMLWriter, _ forwards: [PortForward], _ l: Localizer) {
        guard !forwards.isEmpty else { return }
        w.element("h3", text: l(.hostForwardedHeading))
        w.element("p", text: l(.hostForwardIntro))
        w.element("ul", ["class": "forwards"]) { w in
            for forward in forwards {
                let destination = forward.action == .redirect
                    ? l(.hostForwardThisHost, ["port": forward.toPort ?? forward.ports]) : forward.destination
                w.element("li") { w in
                    w.element("strong", text: "\(forward.transport ?? "tcp/udp") \(forward.ports) → \(destination)")
                    w.text(" — " + l(.hostForwardRule, ["rule": forward.location]))
                    if !forward.conditions.isEmpty { w.text("; " + l(.hostForwardConditions, ["conditions": forward.conditions.joined(separator: ", ")])) }
                    if let owner = forward.ownerGuess { w.text(" " + l(.hostForwardOwner, ["owner": owner])) }
                }
            }
        }
    }

    static func bind(_ w: inout HTMLWriter, _ page: PortPage, _ context: PageContext) {
        let l = context.l
        let e = page.explanation
        guard e.port.rawValue != 0 else {
            w.element("p", text: l(.verdictPortZero))
            return
        }
        guard let bind = page.bind else {
            w.element("p", text: l(.bindUnknown))
            return
        }
        let (verdict, kind): (String, String) = switch bind.verdict {
        case .free: (l(.bindVerdictFree), "free")
        case .freeButRisky: (l(.bindVerdictRisky), "risky")
        case .blocked: (l(.bindVerdictBlocked), "blocked")
        }
        w.element("p", ["class": "bind-verdict bind-\(kind)"], text: verdict)
        w.element("p", text: l(.bindAsked, ["protocol": bind.transport.rawValue.uppercased()]))
        w.element("ul", ["class": "reasons"]) { w in
            for reason in bind.reasons {
                w.element("li", ["class": "severity-\(reason.severity.rawValue)"], prose: reason.detail.text(l))
            }
        }
        if !page.nearbySafePorts.isEmpty {
            w.element("p") { w in
                w.text(l(.bindNearby, ["port": e.port.description]) + " ")
                for (index, port) in page.nearbySafePorts.enumerated() {
                    if index > 0 { w.text(", ") }
                    if let link = context.link(PageContext.portPath(port)) {
                        w.element("a", ["href": link], text: String(port))
                    } else {
                        w.element("strong", text: String(port))
                    }
                }
                w.prose(" — " + l(.bindNearbyNote))
            }
        }
    }

    static func elsewhere(_ w: inout HTMLWriter, _ e: PortExplanation, _ l: Localizer) {
        w.element("p", text: l(.elsewhereIntro, ["port": e.port.description]))
        var groups: [(os: OperatingSystem, commands: [String])] = []
        for c in e.checkCommands {
            if groups.last?.os == c.os { groups[groups.count - 1].commands.append(c.command) } else { groups.append((c.os, [c.command])) }
        }
        w.element("dl", ["class": "commands"]) { w in
            for group in groups {
                w.element("dt", text: group.os.displayName)
                w.element("dd") { w in
                    w.element("pre") { w in w.element("code") { w in w.preformatted(group.commands.joined(separator: "\n")) } }
                }
            }
        }
    }

    static func ephemeral(_ w: inout HTMLWriter, _ page: PortPage, _ l: Localizer) {
        let e = page.explanation
        w.element("p", text: l(.ephIntro))
        let systems = PortPageBuilder.ephemeralSystems(e)
        if !systems.isEmpty {
            w.element("p", ["class": "emphasis"], text: l(.ephThisPortIn, ["port": e.port.description, "systems": self.systems(systems, l)]))
        } else {
            w.element("p", ["class": "emphasis"], text: l(e.ephemeral.host == nil ? .ephOutsideDefaults : .ephOutsideAll, ["port": e.port.description]))
        }
        if let pressure = page.pressure {
            let inUse = pressure.usage.reduce(0) { $0 + $1.count }
            w.element("p", text: l(.ephHostRange, [
                "first": String(pressure.range.lowerBound), "last": String(pressure.range.upperBound),
                "usable": String(pressure.usable), "reserved": String(pressure.reservedInRange), "inUse": String(inUse),
            ]))
            if let busiest = pressure.destinations.first {
                w.element("p", text: l(.ephBusiest, [
                    "destination": "\(busiest.remote) (\(busiest.transport.rawValue))", "used": String(busiest.used), "headroom": String(busiest.headroom),
                ]))
            } else {
                w.element("p", text: l(.ephNoDestinations))
            }
        }
        w.element("p", prose: l(.ephAdvice))
    }

    /// A question and its answer's paragraphs, in `l`'s language.
    public static func answer(_ question: PortQuestion, _ page: PortPage, _ l: Localizer) -> (String, [String]) {
        switch question {
        case let .dangerous(port, listeners, unauthorized):
            var answer = [l(.faqDangerousA)]
            if let listeners {
                if !listeners.processes.isEmpty {
                    answer.append(l.plural(listeners.processes.count, one: .faqDangerousListenersOne, many: .faqDangerousListenersMany, ["names": listeners.processes.joined(separator: ", ")]))
                }
                if listeners.hidden > 0 { answer.append(l(.faqDangerousHidden)) }
                if listeners.processes.isEmpty, listeners.hidden == 0 { answer.append(l(.faqDangerousNothing)) }
            }
            answer += unauthorized.map { l(.faqDangerousUnauthorized, ["text": $0]) }
            return (l(.faqDangerousQ, ["port": String(port)]), answer)
        case let .firewallLog(port, list, services):
            var answer: [String] = []
            let names = l.list(services)
            if !list.isEmpty {
                answer.append(l.plural(list.count, one: .faqFirewallEphemeralOne, many: .faqFirewallEphemeralMany, ["systems": systems(list, l), "port": String(port)]))
                if !services.isEmpty { answer.append(l(.faqFirewallAlsoServices, ["services": names])) }
            } else if !services.isEmpty {
                answer.append(l(.faqFirewallServices, ["services": names]))
            } else {
                answer.append(l(.faqFirewallNothing))
            }
            return (l(.faqFirewallQ, ["port": String(port)]), answer)
        case let .canRunService(port, verdict, reason, nearby):
            var answer: [String] = []
            switch verdict {
            case .free?: answer.append(l(.faqRunFree))
            case .freeButRisky?: answer.append(l(.faqRunRisky, ["reason": reason?.text(l) ?? ""]))
            case .blocked?: answer.append(l(.faqRunBlocked, ["reason": reason?.text(l) ?? ""]))
            case nil: break
            }
            // What the port itself means for a service (not said over a block, which it would
            // seem to contradict).
            if verdict != .blocked { answer.append(VerdictSentence.text(page.explanation.verdict.filter { !$0.isUsage }, l)) }
            if !nearby.isEmpty { answer.append(l(.faqRunNearby, ["ports": nearby.map(String.init).joined(separator: ", ")])) }
            return (l(.faqRunQ, ["port": String(port)]), answer)
        case let .whatUsesIt(port, listeners):
            var answer: [String] = []
            if let usage = page.explanation.verdict.first(where: \.isUsage) {
                answer.append(usage.text(l))
            } else if listeners == nil {
                answer.append(l(.hostNotRead))
            } else {
                answer.append(l(.hostNothing, ["port": String(port)]))
            }
            return (l(.faqWhatQ, ["port": String(port)]), answer)
        }
    }
}

extension VerdictSentence {
    /// Whether the sentence is about what uses the port here (rather than about the port).
    var isUsage: Bool {
        switch self {
        case .usedInContainer, .usedInNamespace, .listenerHidden, .listenedBy, .connectionsOnly: true
        default: false
        }
    }
}

import Hummingbird
import NIOCore
import Portscope
import PortscopeHost
import PortscopeKnowledge
import PortscopeLocalization
import PortscopeRender
import PortscopeSockets

/// The HTML pages (`/` and `/ports/{port}`), from the server's shared snapshot, in the
/// reader's language. Like ``PortscopeAPI``, a request is checked and reduced to a key first;
/// a page is rendered once per snapshot, key and language.
public struct PortscopePages: Sendable {
    public var api: PortscopeAPI
    /// Reads other network namespaces (their listeners on `/`, a port free here but used
    /// there); nil not to look.
    public var inspector: Inspector?

    public init(api: PortscopeAPI, inspector: Inspector?) {
        self.api = api
        self.inspector = inspector
    }

    /// A checked page request: render it, or send the reader elsewhere.
    enum Target: Sendable {
        case page(key: String, render: @Sendable (SnapshotCache.Exported) throws -> String)
        case redirect(String)
    }

    /// `/ports/{text}`: a port (`443`, `443/tcp`) is its page; a service name (`https`,
    /// `sip/udp`) redirects to the page of its port.
    func port(_ text: String, language: Language) throws -> Target {
        let query: ResolvedQuery
        do {
            query = try api.registry.resolve(PortQuery.parse(text))
        } catch {
            throw PageError.badRequest(error.description, language)
        }
        let proto = query.transport?.rawValue
        if query.service != nil {
            return .redirect(PageContext.portPath(query.port.rawValue, protocolName: proto) + "?lang=" + language.rawValue)
        }
        let explainer = api.explainer
        let registry = api.registry
        let inspector = self.inspector
        let key = "page/\(query.port.rawValue)/\(proto ?? "")/\(language.rawValue)"
        return .page(key: key) { exported in
            let snapshot = exported.host
            var usage: SocketReport?
            if query.transport != .sctp, query.transport != .dccp {
                var socketQuery = SocketQuery(protocols: Explainer.socketProtocols(query))
                socketQuery.port = query.port.rawValue
                usage = snapshot.report(socketQuery)
                // Free here: say when another namespace uses it (a container's port).
                if usage?.sockets.isEmpty == true, let inspector {
                    usage?.elsewhere = inspector.otherNamespaces(using: socketQuery).holdings
                }
            }
            let explanation = explainer.explain(query, usage: usage)
            let host = PortPageBuilder.HostView(
                // The pressure the snapshot's metrics computed once, not again per page.
                settings: snapshot.settings, sockets: snapshot.entries, pressure: exported.metrics.pressure,
                capabilities: Capabilities(isRoot: snapshot.viewerIsRoot, canBindPrivilegedPorts: snapshot.viewerIsRoot, canSignalAnyProcess: snapshot.viewerIsRoot)
            )
            let page = PortPageBuilder.page(explanation, host: host, registry: registry, mode: .served, takenAt: snapshot.takenAt)
            return PortPageRenderer.render(page, PageContext(language: language, delivery: .served))
        }
    }

    /// `/`: the host at a glance.
    func home(language: Language, startedAt: Double, interval: Double) -> Target {
        let registry = api.registry
        let inspector = self.inspector
        let updated = registry.header.updated
        let source = api.explainer.registry.origin == .builtin ? "builtin" : api.explainer.registry.summary
        return .page(key: "home/\(language.rawValue)") { exported in
            let snapshot = exported.host
            let others = inspector?.otherNamespaces(using: SocketQuery(listeningOnly: true))
            let overview = HostOverview(
                listeners: snapshot.listing(ListFilter(), registry: registry), pressure: exported.metrics.pressure,
                namespaces: others?.holdings, skippedNamespaces: others?.skipped ?? [], events: exported.events,
                takenAt: snapshot.takenAt, startedAt: startedAt, interval: interval
            )
            return HomePageRenderer.render(overview, PageContext(language: language, delivery: .served), registryUpdated: updated, registrySource: source)
        }
    }

    /// The reader's language: `?lang=` when it names one portscope speaks, else the best of
    /// `Accept-Language`, else English.
    static func language(query: String?, acceptLanguage: String?) -> Language {
        if let query, let language = Language(tag: query) { return language }
        return Language.negotiate(acceptLanguage: acceptLanguage)
    }
}

/// A page request refused, answered with an HTML page in the reader's language.
struct PageError: Error, Sendable {
    var status: HTTPResponse.Status
    var detail: String
    var language: Language

    static func badRequest(_ detail: String, _ language: Language) -> PageError {
        PageError(status: .badRequest, detail: detail, language: language)
    }
}

extension PageError: HTTPResponseError {
    func response(from request: Request, context: some RequestContext) throws -> Response {
        let kind: ErrorPageRenderer.Kind = status == .notFound ? .notFound : status == .badRequest ? .badPort : .server
        let body = ErrorPageRenderer.render(kind, detail: detail, PageContext(language: language, delivery: .served))
        return Response(status: status, headers: PortscopeRouter.htmlHeaders(language), body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

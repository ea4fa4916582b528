import PortscopeLocalization

/// The page for a request the server refuses (a bad port, an unknown path): what went wrong,
/// and the search form to try again.
public enum ErrorPageRenderer {
    /// What went wrong.
    public enum Kind: Sendable {
        /// No such page.
        case notFound
        /// The port or service asked is not one (`detail` says why).
        case badPort
        /// The host could not be read.
        case server
    }

    public static func render(_ kind: Kind, detail: String, _ context: PageContext) -> String {
        var w = HTMLWriter(capacity: 4096)
        let l = context.l
        PageChrome.document(&w, context, title: l(.errorTitle), path: "/", footer: nil) { w in
            w.element("main", ["id": "error-page"]) { w in
                let heading: String = switch kind {
                case .notFound: l(.errorNotFound)
                case .badPort: l(.errorHeading)
                case .server: l(.errorServer)
                }
                w.element("h1", text: heading)
                if !detail.isEmpty { w.element("p", text: detail) }
            }
        }
        return w.html
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PortscopeTesting
import Testing
@testable import PortscopeServer

/// The pages over the fixture host (issue #13): HTML with a strict policy, the reader's
/// language, hostile names as text, redirects for service names and searches, read-only.
@Suite struct PageRouteTests {
    let router = RouterTests()

    @Test func portPageIsHTMLWithAStrictPolicy() async throws {
        try await router.app().test(.router) { client in
            try await client.execute(uri: "/ports/8080", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let policy = try #require(response.headers[.contentSecurityPolicy])
                #expect(policy.contains("default-src 'self'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.contentLanguage] == "en")
                let body = String(buffer: response.body)
                #expect(body.hasPrefix("<!DOCTYPE html>"))
                #expect(body.contains(#"<html lang="en">"#))
                for section in ["what", "range", "uses", "host", "bind", "elsewhere", "ephemeral", "faq"] {
                    #expect(body.contains(#"<section id="\#(section)""#), "\(section)")
                }
                // No inline script or style: only the server's own files.
                #expect(!body.contains("<script>"))
                #expect(!body.contains("style="))
                #expect(body.contains(#"<script src="/assets/portscope.js" defer="">"#))
                // The fixture's listener on 8080 is python3's.
                #expect(body.contains("python3 (pid"))
                #expect(body.utf8.count < 100_000)
            }
        }
    }

    /// The fixture's hostile process (a quote, a backslash, a newline and an escape sequence
    /// in its name) holds 6666: every character is text.
    @Test func hostileNamesAreText() async throws {
        try await router.app().test(.router) { client in
            try await client.execute(uri: "/ports/6666", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("evil&quot;name\\\\n\\e[2J"), "\(body)")
                #expect(!body.contains("\u{1B}"))
                #expect(!body.contains("secret-token"))
            }
            try await client.execute(uri: "/", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("evil&quot;name"))
                #expect(!body.contains("\u{1B}"))
            }
        }
    }

    @Test func languageFromQueryThenAcceptLanguage() async throws {
        try await router.app().test(.router) { client in
            try await client.execute(uri: "/ports/60776?lang=it", method: .get) { response in
                #expect(response.headers[.contentLanguage] == "it")
                #expect(String(buffer: response.body).contains("<h1>Porta 60776"))
            }
            try await client.execute(uri: "/ports/60776", method: .get, headers: [.acceptLanguage: "it-IT,it;q=0.9,en;q=0.5"]) { response in
                #expect(response.headers[.contentLanguage] == "it")
                #expect(response.headers[.vary] == "Accept-Language")
            }
            try await client.execute(uri: "/ports/60776?lang=fr", method: .get, headers: [.acceptLanguage: "fr"]) { response in
                #expect(response.headers[.contentLanguage] == "en")
            }
            try await client.execute(uri: "/?lang=it", method: .get) { response in
                #expect(String(buffer: response.body).contains("<h1>Le porte di questo host</h1>"))
            }
        }
    }

    @Test func serviceNamesAndSearchesRedirect() async throws {
        try await router.app().test(.router) { client in
            try await client.execute(uri: "/ports/https", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/ports/443?lang=en")
            }
            try await client.execute(uri: "/ports/sip/udp?lang=it", method: .get) { response in
                #expect(response.headers[.location] == "/ports/5060/udp?lang=it")
            }
            try await client.execute(uri: "/ports?q=443%2Ftcp", method: .get) { response in
                #expect(response.headers[.location] == "/ports/443/tcp?lang=en")
            }
            try await client.execute(uri: "/ports?q=%3Cscript%3E", method: .get) { response in
                #expect(response.headers[.location] == "/ports/%3Cscript%3E?lang=en")
            }
            try await client.execute(uri: "/ports?q=", method: .get) { response in
                #expect(response.headers[.location] == "/?lang=en")
            }
        }
    }

    @Test func badPortsGetAnHTMLPage() async throws {
        try await router.app().test(.router) { client in
            for uri in ["/ports/70000", "/ports/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/ports/08080?lang=it", "/ports/%ZZ"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                    let body = String(buffer: response.body)
                    #expect(!body.contains("<script>"), "\(uri)")
                }
            }
        }
    }

    @Test func assetsAndReadOnly() async throws {
        try await router.app().test(.router) { client in
            try await client.execute(uri: "/assets/portscope.css", method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(String(buffer: response.body).contains("prefers-color-scheme: dark"))
            }
            try await client.execute(uri: "/assets/portscope.js", method: .get) { response in
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
                #expect(String(buffer: response.body).contains("textContent"))
                #expect(!String(buffer: response.body).contains("innerHTML"))
            }
            try await client.execute(uri: "/ports/8080", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/ports/8080", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
            }
        }
    }

    @Test func eventParametersAreChecked() async throws {
        try await router.app().test(.router) { client in
            for uri in ["/api/v1/events", "/api/v1/events?port=70000", "/api/v1/events?port=-1", "/api/v1/events?port=80&protocol=sctp", "/api/v1/events?port=1e3"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                }
            }
            try await client.execute(uri: "/api/v1/events?port=80", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/event-stream; charset=utf-8")
            }
        }
    }
}

import PortscopeKnowledge
import PortscopeTesting
import Testing
@testable import Portscope
@testable import PortscopeRender

@Suite struct RenderTests {
    @Test func jsonEscapesControlCharacters() {
        let value = JSONValue.object([("name", .string("a\"b\\c\n\u{1B}[2J\u{7F}\u{85}\u{2028}é"))])
        #expect(value.render(pretty: false) == #"{"name":"a\"b\\c\n\u001b[2J\u007f\u0085\u2028é"}"#)
        #expect(JSONValue.array([]).render() == "[]")
        #expect(JSONValue.object([("a", .null), ("b", .array([.int(1)]))]).render() == "{\n  \"a\": null,\n  \"b\": [\n    1\n  ]\n}")
    }

    @Test func terminalTextNeutralisesEscapes() {
        #expect(TerminalText.sanitize("\u{1B}]0;owned\u{7}name\u{1B}[2J") == "\\e]0;owned\\aname\\e[2J")
        #expect(TerminalText.sanitize("tab\there") == "tab here")
        #expect(TerminalText.sanitize("c1\u{9B}31m") == "c1\\x9b31m")
        #expect(TerminalText.sanitize("rtl\u{202E}txt") == "rtl\\u{202e}txt")
        #expect(TerminalText.sanitize("plain") == "plain")
    }

    @Test func markdownEscapesHTMLAndTables() {
        #expect(Markdown.escape("<script>a|b</script>") == "&lt;script&gt;a\\|b&lt;/script&gt;")
        #expect(Markdown.escape("*x*\n_y_") == "\\*x\\*<br>\\_y\\_")
        #expect(Markdown.code("a`b") == "``a`b``")
        #expect(Markdown.reference("RFC9110") == "[RFC 9110](https://www.rfc-editor.org/rfc/rfc9110)")
        #expect(Markdown.reference("Mark_Lottor") == "Mark\\_Lottor")
    }

    @Test func tableAlignsIgnoringColours() {
        var table = TextTable(indent: 0)
        let style = TextStyle(colors: true)
        table.add([style.red("a"), "x"])
        table.add(["bbb", "y"])
        #expect(table.render() == "\u{1B}[31ma\u{1B}[0m    x\nbbb  y")
    }

    @Test func jsonContractKeys() throws {
        let e = try Explainer(registry: LoadedRegistry(registry: .builtin, origin: .builtin), host: nil).explain("443")
        guard case let .object(members) = ExplainJSON.value(e) else { Issue.record("not an object"); return }
        #expect(Array(members.map(\.0).prefix(6)) == ["port", "protocol", "ianaRange", "registrations", "ephemeral", "sockets"])
        #expect(members.map(\.0).contains("summary"))
    }

    @Test func hostileRegistryTextIsNeutralisedInText() throws {
        let entry = ServiceEntry(service: "evil", ports: 7777...7777, transport: .tcp, status: .assigned,
                                 description: "owned\u{1B}]0;title\u{7}")
        let text = RegistryFormat.encode([IANACSV.Row(line: 2, entries: [entry])], source: "test")
        let registry = LoadedRegistry(registry: try ServiceRegistry(text: text), origin: .builtin)
        let e = try Explainer(registry: registry, host: nil).explain("7777")
        let out = ExplainTextRenderer().render(e)
        #expect(!out.contains("\u{1B}"))
        #expect(out.contains("owned\\e]0;title\\a"))
        #expect(!ExplainMarkdownRenderer.render(e).contains("\u{1B}"))
        #expect(!ExplainJSON.render(e).contains("\u{1B}"))
    }
}

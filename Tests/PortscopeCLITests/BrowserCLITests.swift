#if os(Linux)
import Foundation
import PortscopeLocalization
import PortscopeTesting
import Testing

/// The pages in a real browser: headless Chromium driven through Selenium
/// (`Fixtures/browser/check_pages.py`) against a real `portscope serve`. Needs Debian's
/// `chromium`, `chromium-driver` and `python3-selenium` (`.ci/run` installs them).
@Suite(.serialized) struct BrowserCLITests {
    /// A Python that can import selenium, if any.
    static let python: String? = ["python3", "/usr/bin/python3"].first { python in
        (try? CommandRunner.run("/usr/bin/env", [python, "-c", "import selenium"]).status) == 0
    }

    static let available = TestPaths.hasTool("chromium") && TestPaths.hasTool("chromedriver") && python != nil

    /// English sentences of the catalogue (the parts between placeholders) that an Italian
    /// page must not show: those that differ from Italian and are no part of any Italian text.
    static func englishFragments() -> [String] {
        let italian = Message.allCases.compactMap { Catalogue.table(.italian)[$0] }.joined(separator: "\n")
        var fragments: Set<String> = []
        for message in Message.allCases {
            guard let english = Catalogue.table(.english)[message], english != Catalogue.table(.italian)[message] else { continue }
            var pieces: [String] = []
            var current = ""
            var inPlaceholder = false
            for character in english {
                if character == "{" { inPlaceholder = true; pieces.append(current); current = "" } else if character == "}" { inPlaceholder = false } else if !inPlaceholder { current.append(character) }
            }
            pieces.append(current)
            for piece in pieces {
                let trimmed = piece.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                guard trimmed.count >= 12, trimmed.contains(" "), !italian.contains(trimmed) else { continue }
                fragments.insert(trimmed.replacingOccurrences(of: "`", with: ""))
            }
        }
        return fragments.sorted()
    }

    @Test(.enabled(if: available, "needs chromium, chromium-driver and python3-selenium"))
    func pagesInARealBrowser() throws {
        // A listener whose process name is markup (the kernel keeps its first 15 bytes).
        let payload = "<img src=x onerror=alert(1)>"
        let (hostile, info) = try HelperProcess.start(HelperProcess.namedListener, arguments: ["tcp", "0", HelperProcess.hex(payload)])
        defer { hostile.signal(SIGKILL); _ = hostile.finish() }
        let hostilePort = try #require(info["port"] as? Int)
        let shownName = String(decoding: Array(payload.utf8.prefix(15)), as: UTF8.self)

        let port = try LoopbackHTTP.freePort()
        let server = try ChildProcess([TestPaths.portscopeServe, "--listen", "127.0.0.1:\(port)", "--min-interval", "0.2"],
                                      environment: ["XDG_DATA_HOME": TemporaryDirectory.shared.path])
        defer { server.signal(SIGKILL); _ = server.finish() }
        try #require(LoopbackHTTP.waitFor(port: port, "/metrics", seconds: 30) != nil)

        let work = TemporaryDirectory(prefix: "portscope-browser")
        let english = try work.write("english.json", String(decoding: try JSONSerialization.data(withJSONObject: Self.englishFragments()), as: UTF8.self))
        let screenshots = TestPaths.inPackage(".build/test-artifacts/screenshots")
        try FileManager.default.createDirectory(atPath: screenshots, withIntermediateDirectories: true)
        let run = try CommandRunner.run(try #require(Self.python), [
            TestPaths.inPackage("Tests/PortscopeCLITests/Fixtures/browser/check_pages.py"),
            "--base", "http://127.0.0.1:\(port)", "--hostile-port", String(hostilePort), "--hostile-name", shownName,
            "--english", english, "--screenshots", screenshots,
        ])
        try #require(run.status == 0, "\(run.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)")

        // Every section, on a dynamic port, a registered system port and a registered user port.
        let sections = try #require(result["sections"] as? [String: [String: Bool]])
        for port in ["60776", "443", "8080"] {
            let found = try #require(sections[port])
            #expect(found.count == 8 && found.values.allSatisfy { $0 }, "port \(port): \(found)")
        }
        // No console error and no Content-Security-Policy violation anywhere.
        let consoles = try #require(result["console"] as? [String: [[String: Any]]])
        for (page, messages) in consoles {
            #expect(messages.isEmpty, "\(page): \(messages)")
        }
        // The hostile name is text; no script ran, no image was made.
        let hostileResult = try #require(result["hostile"] as? [String: Any])
        #expect(hostileResult["noAlert"] as? Bool == true, "\(hostileResult)")
        #expect(hostileResult["nameShownAsText"] as? Bool == true, "\(hostileResult)")
        #expect(hostileResult["imagesInMain"] as? Int == 0)
        #expect((hostileResult["console"] as? [Any])?.isEmpty == true, "\(hostileResult)")
        // A connection opened with the page open shows within 2 s, without a reload.
        let live = try #require(result["live"] as? [String: Any])
        let seconds = try #require(live["secondsToAppear"] as? Double, "never appeared: \(live)")
        #expect(seconds <= 2.0, "\(live)")
        #expect(live["sameDocument"] as? Bool == true)
        #expect((live["console"] as? [Any])?.isEmpty == true, "\(live)")
        // Italian pages: lang="it" and no English sentence left.
        var italian = try #require(result["italian"] as? [String: Any])
        // The detector works: on the English page it finds many of the same sentences.
        #expect(Self.englishFragments().count > 150)
        #expect(italian.removeValue(forKey: "control") as? Int ?? 0 > 20, "\(italian)")
        #expect(italian.count == 4)
        for (page, value) in italian {
            let check = value as? [String: Any] ?? [:]
            #expect(check["lang"] as? String == "it", "\(page)")
            #expect((check["english"] as? [String])?.isEmpty == true, "\(page): \(check["english"] ?? [])")
            #expect((check["console"] as? [Any])?.isEmpty == true, "\(page): \(check)")
        }
        // Usable at 360 px: the page itself never scrolls sideways.
        let narrow = try #require(result["narrow"] as? [String: [String: Int]])
        for (page, widths) in narrow {
            #expect(widths["scrollWidth"] ?? 9999 <= widths["viewport"] ?? 0, "\(page): \(widths)")
            #expect(widths["viewport"] == 360, "\(page): \(widths)")
        }
        let files = try #require(result["screenshots"] as? [String])
        #expect(files.count == 5)
        for file in files { #expect(FileManager.default.fileExists(atPath: file), "\(file)") }
    }
}
#endif

import PortscopeSystem

/// Downloads a file over HTTP(S) with the system's `curl`.
///
/// portscope does not link an HTTP client for this one rare command: start-up time matters
/// for every other command, and curl handles proxies, TLS and redirects as users expect.
public struct Downloader: Sendable {
    public var timeoutSeconds: Int

    public init(timeoutSeconds: Int = 120) {
        self.timeoutSeconds = timeoutSeconds
    }

    /// Fetches `url` and returns its body; fails on HTTP errors (4xx/5xx) too.
    public func fetch(_ url: String) throws(HostError) -> String {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            throw .downloadFailed(url: url, reason: "only http:// and https:// URLs are supported")
        }
        let temporary: String
        do {
            temporary = try SystemFile.makeTemporaryFile(prefix: "portscope-download")
        } catch {
            throw .downloadFailed(url: url, reason: "could not create a temporary file: \(error)")
        }
        defer { try? SystemFile.remove(temporary) }
        let arguments = [
            "curl", "--fail", "--silent", "--show-error", "--location",
            "--proto", "=https,http", "--max-time", String(timeoutSeconds),
            "--output", temporary, "--", url,
        ]
        let status: Int32
        do {
            status = try Subprocess.run(arguments)
        } catch {
            if error == .noSuchFileOrDirectory {
                throw .downloadFailed(url: url, reason: "curl is not installed (apt-get install curl)")
            }
            throw .downloadFailed(url: url, reason: "could not start curl: \(error)")
        }
        guard status == 0 else {
            throw .downloadFailed(url: url, reason: "curl exited with status \(status) (see its message above)")
        }
        do {
            return try SystemFile.readText(temporary, sizeHint: 4 << 20)
        } catch {
            throw .unreadable(path: temporary, errno: error)
        }
    }
}
